import Foundation
import Testing
import WeekboardTestSupport

@Suite("Fault: every CLI message, on stdout and stderr, goes through the sanitiser")
struct HostileMessageTests {
    /// Runs a command and checks both streams' bytes; returns the result for further checks.
    @discardableResult
    func expectClean(_ cli: CLIRunner, _ args: [String], code: Int32? = nil, _ label: String) throws -> CLIRunner.Result
    {
        let r = try cli.run(args)
        #expect(!r.signalled, "\(label) crashed")
        if let code { #expect(r.code == code, "\(label) exited \(r.code): \(r.err.prefix(300))") }
        let out = TerminalBytes.rawControls(in: r.outBytes, allowSGR: false)
        let err = TerminalBytes.rawControls(in: Data(r.err.utf8), allowSGR: false)
        #expect(out.isEmpty, "\(label) wrote raw controls on stdout: \(out.prefix(5))")
        #expect(err.isEmpty, "\(label) wrote raw controls on stderr: \(err.prefix(5))")
        return r
    }

    @Test(
        "success messages, 'not found' lists, damaged-store errors and argument errors, for each hostile string",
        arguments: TerminalBytes.hostile)
    func eachString(_ h: (name: String, text: String)) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let name = "P \(h.text)"
        // Success messages that echo what was typed.
        try expectClean(
            cli, ["project", "add", name, "--programme", "Prog \(h.text)"], code: 0, "\(h.name): project add")
        try expectClean(
            cli, ["project", "status", name, "red", "--note", h.text], code: 0, "\(h.name): project status")
        // Undo refuses over a later change by someone else to the same field, and names that change.
        var bob = cli
        bob.env["WEEKBOARD_PERSON"] = "bob"
        try expectClean(
            bob, ["project", "status", name, "green", "--note", h.text], code: 0, "\(h.name): bob's status")
        let refused = try expectClean(cli, ["undo"], code: 1, "\(h.name): undo refused over bob's change")
        #expect(refused.err.contains("bob"), "\(refused.err)")
        let rec = try expectClean(cli, ["calls", "record", "Svc \(h.text)", "5"], code: 0, "\(h.name): calls record")
        #expect(rec.out.contains("Svc "), "the message still names the service")
        try expectClean(cli, ["focus", "set", h.text], code: 0, "\(h.name): focus set")
        try expectClean(cli, ["okr", "add-objective", "O \(h.text)"], code: 0, "\(h.name): okr add-objective")
        // The journal's views and undo's refusal, which names a later change to the same project.
        try expectClean(cli, ["log"], code: 0, "\(h.name): log")
        try expectClean(cli, ["undo", "--list"], code: 0, "\(h.name): undo --list")
        // "Not found" errors list the names the store has.
        let missing = try expectClean(
            cli, ["project", "status", "nothing like it", "green"], code: 2, "\(h.name): not found")
        #expect(missing.err.contains("projects include"), "\(missing.err)")
        // Errors quoting what was typed: a week, a person, a date, an argument value.
        try expectClean(cli, ["status", "--week", "2026-\(h.text)"], code: 2, "\(h.name): --week")
        try expectClean(cli, ["status", "--person", h.text], code: 2, "\(h.name): --person")
        try expectClean(
            cli, ["project", "add", "Q", "--programme", "P", "--milestone", "M", "--due", h.text], code: 2,
            "\(h.name): --due")
        try expectClean(cli, ["project", "status", name, h.text], code: 64, "\(h.name): bad status argument")
        try expectClean(cli, ["calls", "record", "S", h.text], code: 2, "\(h.name): bad count argument")
        // A damaged store file whose key and value are the hostile text.
        let file = cli.store.appendingPathComponent("people/alex/2026-W48.json")
        let escaped = String(decoding: try JSONEncoder().encode(h.text), as: UTF8.self)
        let damaged = "{\"schemaVersion\": 1, \(escaped): 1, \(escaped): 2}"
        try Data(damaged.utf8).write(to: file)
        try expectClean(cli, ["status"], code: 1, "\(h.name): duplicate hostile key")
        try Data("{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \(escaped)}".utf8).write(to: file)
        try expectClean(cli, ["focus", "set", "x"], code: 1, "\(h.name): hostile value in a damaged file")
        // A store path that is itself hostile.
        var odd = cli
        odd.env["WEEKBOARD_STORE"] = cli.store.path + "-\(h.text)"
        try expectClean(odd, ["status"], code: 1, "\(h.name): no store at a hostile path")
    }
}
