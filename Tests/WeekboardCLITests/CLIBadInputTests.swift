import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: bad input is refused and writes nothing")
struct CLIBadInputTests {
    /// Runs a command that must fail, and checks the store is byte-for-byte unchanged.
    func refuses(_ cli: CLIRunner, _ args: [String], mentioning words: [String], code: Int32? = nil) throws {
        let before = cli.snapshotFiles()
        let r = try cli.run(args)
        #expect(r.code != 0, "\(args) should fail")
        if let code { #expect(r.code == code, "\(args): exit \(r.code)") }
        for w in words { #expect(r.err.contains(w), "\(args): stderr was \(r.err)") }
        #expect(cli.snapshotFiles() == before, "\(args) changed the store")
    }

    @Test("impossible values")
    func impossibleValues() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        try refuses(cli, ["goal", "set", "4", "Too many"], mentioning: ["goal 4", "1, 2 or 3"], code: 2)
        try refuses(cli, ["goal", "done", "0"], mentioning: ["goal 0"], code: 2)
        try refuses(cli, ["project", "status", "Void repairs turnaround", "purple"], mentioning: ["purple"])
        try refuses(
            cli, ["calls", "record", "Repairs", "-5"], mentioning: ["count must be 0 or more, not -5"], code: 2)
        try refuses(
            cli, ["calls", "record", "Repairs", "--", "-5"], mentioning: ["count must be 0 or more, not -5"], code: 2)
        try refuses(
            cli, ["calls", "record", "Repairs", "12", "--week", "2026-W60"], mentioning: ["2026-W60", "weeks 1 to 53"],
            code: 2)
        try refuses(cli, ["focus", "set", "   "], mentioning: ["focus cannot be empty"], code: 2)
        try refuses(cli, ["goal", "set", "1", ""], mentioning: ["cannot be empty"], code: 2)
        try refuses(cli, ["project", "status", "No such project", "red"], mentioning: ["no project called"], code: 2)
        try refuses(
            cli, ["project", "add", "Void repairs turnaround", "--programme", "X"], mentioning: ["already exists"],
            code: 2)
        try refuses(cli, ["focus", "set", "x", "--week", "someday"], mentioning: ["invalid week 'someday'"], code: 2)
        try refuses(cli, ["focus", "set", "x", "--person", "../etc"], mentioning: ["person"], code: 2)
        try refuses(
            cli, ["project", "add", "P", "--programme", "X", "--milestone", "M", "--due", "2026-02-30"],
            mentioning: ["2026-02-30"])
    }

    @Test("a malformed store file is named with its line and column, and left untouched")
    func malformedFile() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("focus", "set", "Focus")
        let file = cli.store.appendingPathComponent("people/alex/2026-W48.json")
        let broken = Data("{\n  \"schemaVersion\" : 1,\n  \"person\" : \"alex\",\n  \"week\" : 2026-W48\n}\n".utf8)
        try broken.write(to: file)
        try refuses(
            cli, ["goal", "set", "1", "Anything"], mentioning: ["2026-W48.json", "line 4, column 12", "not a number"],
            code: 1)
        try refuses(cli, ["status"], mentioning: ["2026-W48.json", "line 4"], code: 1)
        #expect(try Data(contentsOf: file) == broken)
    }

    @Test("a wrong type names the field path")
    func wrongType() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "A goal")
        let file = cli.store.appendingPathComponent("people/alex/2026-W48.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"state\" : \"open\"", with: "\"state\" : 7")
        try text.write(to: file, atomically: false, encoding: .utf8)
        try refuses(cli, ["goal", "done", "1"], mentioning: ["2026-W48.json", "goals[0].state"], code: 1)
    }

    @Test("a newer schemaVersion is refused, not overwritten")
    func newerSchema() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "P", "--programme", "X")
        let file = cli.store.appendingPathComponent("board.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9")
        try text.write(to: file, atomically: false, encoding: .utf8)
        try refuses(
            cli, ["project", "status", "P", "red"], mentioning: ["board.json", "newer weekboard", "schemaVersion 9"],
            code: 1)
    }

    @Test("status on a missing store says how to start")
    func missingStore() throws {
        var cli = CLIRunner()
        cli.createsStore = false
        defer { cli.cleanUp() }
        let r = try cli.run("status")
        #expect(r.code != 0)
        #expect(r.err.contains("weekboard init"))
        #expect(!FileManager.default.fileExists(atPath: cli.store.path))
    }

    @Test("a bad config file is a clear error")
    func badConfig() throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        let dir = cli.store.path + "-config/weekboard"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cli.store.path + "-config") }
        try Data("{\"weekLabel\": \"fortnight\"}".utf8).write(to: URL(fileURLWithPath: dir + "/config.json"))
        cli.env["NO_COLOR"] = "1"
        let r = try cli.run("focus", "set", "x")
        #expect(r.code != 0)
        #expect(r.err.contains("config.json"))
        #expect(r.err.contains("weekLabel"))
        #expect(!FileManager.default.fileExists(atPath: cli.store.path + "/people"))
    }
}
