import Foundation
import Testing
import WeekboardTestSupport

/// The README's exit codes, one row per kind of outcome: 0 done; 1 the store or a file stopped it
/// (no store, a damaged file, read-only, an existing --out file, an undo refused); 2 a bad value or a
/// name not found (nothing written); 64 a command line that does not parse.
@Suite("CLI: exit codes as the README gives them")
struct CLIExitCodeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let what: String
        let args: [String]
        let code: Int32
        let says: String
        var testDescription: String { "\(code): \(what)" }
    }

    static let cases: [Case] = [
        Case(what: "done", args: ["goal", "set", "1", "Read the survey"], code: 0, says: ""),
        Case(what: "done, reading", args: ["status"], code: 0, says: ""),
        // 1: the store or a file.
        Case(
            what: "no store at --store X", args: ["--store", "{missing}", "status"], code: 1,
            says: "Run 'weekboard --store {missing} init'"),
        Case(
            what: "no store, for a command that needs one", args: ["--store", "{missing}", "undo"], code: 1,
            says: "no store at"),
        Case(
            what: "read-only refuses a write", args: ["--read-only", "focus", "set", "X"], code: 1,
            says: "read-only"),
        Case(what: "a damaged store file", args: ["status", "--week", "2020-W10"], code: 1, says: "2020-W10.json"),
        Case(
            what: "an --out file that exists", args: ["export", "weeknote", "--out", "{existing}"], code: 1,
            says: "already exists; use --force"),
        Case(
            what: "a file to import that is not there", args: ["calls", "import", "{missing}"], code: 1,
            says: "no such file"),
        Case(what: "nothing to redo (a refused redo)", args: ["redo"], code: 1, says: "nothing to redo"),
        // 2: a bad value, or a name that is not there; nothing written.
        Case(
            what: "an unknown project", args: ["project", "status", "nothing", "green"], code: 2,
            says: "no project called"),
        Case(
            what: "a project that exists already",
            args: ["project", "add", "Void repairs turnaround", "--programme", "P"], code: 2, says: "already exists"),
        Case(what: "a goal that does not exist", args: ["goal", "done", "4"], code: 2, says: "goals are 1, 2 or 3"),
        Case(what: "a week that is not one", args: ["status", "--week", "banana"], code: 2, says: "invalid week"),
        Case(
            what: "--weeks out of range", args: ["history", "--weeks", "500"], code: 2, says: "--weeks must be 1 to 104"
        ),
        Case(
            what: "--width out of range", args: ["status", "--width", "5"], code: 2,
            says: "--width must be 40 to 1000"),
        Case(what: "--limit out of range", args: ["log", "--limit", "0"], code: 2, says: "--limit must be 1 or more"),
        Case(what: "a weeknote as csv", args: ["export", "weeknote", "--format", "csv"], code: 2, says: "md or html"),
        Case(
            what: "a person who cannot be a folder", args: ["--person", "../x", "status"], code: 2,
            says: "a person is"),
        Case(
            what: "a count that is not a number", args: ["calls", "record", "Repairs", "lots"], code: 2,
            says: "not a whole number"),
        Case(what: "a change that needs --yes", args: ["project", "remove", "void"], code: 2, says: "add --yes"),
        // 64: the command line does not parse.
        Case(what: "a mistyped command", args: ["stauts"], code: 64, says: "Did you mean 'status'?"),
        Case(what: "an unknown option", args: ["status", "--bogus"], code: 64, says: "Unknown option '--bogus'"),
        Case(what: "a missing argument", args: ["goal", "set"], code: 64, says: "Missing expected argument"),
        Case(what: "not one of the choices", args: ["project", "status", "void", "purple"], code: 64, says: "purple"),
        Case(
            what: "options that do not go together", args: ["project", "add", "X", "--programme", "P", "--due", "fri"],
            code: 64, says: "--due needs --milestone"),
    ]

    @Test(
        "each kind of outcome exits with its code, says why on stderr, and a failure writes nothing", arguments: cases)
    func code(_ c: Case) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let dir = cli.store.deletingLastPathComponent()
        let missing = dir.appendingPathComponent("wb-missing-\(UUID().uuidString)").path
        let existing = dir.appendingPathComponent("wb-existing-\(UUID().uuidString).md").path
        try "mine\n".write(toFile: existing, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: existing) }
        // A damaged week file for the case that reads it.
        let week = cli.store.appendingPathComponent("people/alex/2020-W10.json")
        try FileManager.default.createDirectory(at: week.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: week)
        let args = c.args.map {
            $0.replacingOccurrences(of: "{missing}", with: missing).replacingOccurrences(
                of: "{existing}", with: existing)
        }
        let before = cli.snapshotFiles()
        let r = try cli.run(args)
        #expect(r.code == c.code, "\(args) exited \(r.code): \(r.err)")
        let says = c.says.replacingOccurrences(of: "{missing}", with: missing)
        #expect(says.isEmpty || r.err.contains(says), "\(args): \(r.err)")
        if c.code != 0 {
            #expect(cli.snapshotFiles() == before, "\(args) changed the store")
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "mine\n")
        }
    }
}
