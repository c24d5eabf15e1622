import Foundation
import Testing
import WeekboardTestSupport

/// What stopped a newcomer in their first week (issue 24): silent failures and awkward words.
@Suite("CLI: a newcomer's first week")
struct CLINewcomerTests {
    @Test("a change to a mistyped --store creates nothing: it says there is no store there and how to make one")
    func writeToMissingStore() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let typo = cli.store.path + "-typo"
        defer { try? FileManager.default.removeItem(atPath: typo) }
        for args in [
            ["goal", "set", "1", "Agree the plan"], ["focus", "set", "Repairs"], ["note", "add", "watch", "Damp"],
            ["project", "add", "Kitchens", "--programme", "Plan"], ["calls", "record", "Repairs", "120"],
            ["okr", "add-objective", "Faster repairs"],
        ] {
            let r = try cli.run(["--store", typo] + args)
            #expect(r.code == 1, "\(args): \(r.out)")
            #expect(r.out.isEmpty, "\(args) said: \(r.out)")
            #expect(r.err.contains("no store at \(typo) yet"), "\(args): \(r.err)")
            #expect(r.err.contains("weekboard --store \(typo) init"), "\(args): \(r.err)")
            #expect(!FileManager.default.fileExists(atPath: typo), "\(args) created \(typo)")
        }
    }

    @Test("without --store, a change before 'weekboard init' says to run it and writes nothing")
    func writeBeforeInit() throws {
        var cli = CLIRunner()
        cli.createsStore = false
        defer { cli.cleanUp() }
        let r = try cli.run("goal", "set", "1", "Agree the plan")
        #expect(r.code == 1)
        #expect(r.err.contains("Run 'weekboard init'"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.store.path))
        #expect(try cli.run("init").code == 0)
        #expect(try cli.run("goal", "set", "1", "Agree the plan").out == "Goal 1 set.\n")
    }

    @Test("init --demo --store X suggests the status command with the same --store")
    func demoHintKeepsStore() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let other = cli.store.path + " demo"
        defer { try? FileManager.default.removeItem(atPath: other) }
        let r = try cli.run("init", "--demo", "--store", other)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Try 'weekboard --store '\(other)' status'."), "\(r.out)")
        let plain = try cli.run("init", "--demo")
        #expect(plain.out.contains("Try 'weekboard status'."), "\(plain.out)")
    }

    @Test("a name ending in s takes the apostrophe alone: Repairs' figure, not Repairs's")
    func possessive() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("calls", "record", "Repairs", "120")
        try cli.run("calls", "record", "Council Tax", "80")
        #expect(try cli.run("calls", "remove", "Repairs").out.hasPrefix("Removed Repairs' figure for 2026-W48"))
        #expect(try cli.run("calls", "remove", "Council Tax").out.hasPrefix("Removed Council Tax's figure"))
    }

    @Test(
        "goal edit corrects the words and keeps the state; goal set with a different goal reopens it; each says which")
    func goalEditKeepsState() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "Agree the void contract varation")
        try cli.run("goal", "done", "1")
        let edited = try cli.run("goal", "edit", "1", "Agree the void contract variation")
        #expect(edited.code == 0 && edited.out == "Goal 1 reworded (still done).\n", "\(edited.err)")
        var goal = (try cli.statusJSON()["goals"] as? [[String: Any]])?.first
        #expect(goal?["text"] as? String == "Agree the void contract variation")
        #expect(goal?["state"] as? String == "done")
        #expect(try cli.run("log").out.contains("Goal 1 reworded (still done): “Agree the void"))
        let replaced = try cli.run("goal", "set", "1", "Publish the winter plan")
        #expect(replaced.out == "Goal 1 set (open; the goal it replaced was done).\n")
        goal = (try cli.statusJSON()["goals"] as? [[String: Any]])?.first
        #expect(goal?["state"] as? String == "open")
        let empty = try cli.run("goal", "edit", "2", "Anything")
        #expect(empty.code == 2 && empty.err.contains("goal 2 is empty"), "\(empty.code) \(empty.err)")
    }
}

/// Room by content in the CLI (issue 24): names whole where they fit, records whole in a pipe.
@Suite("CLI: widths by content")
struct CLIWidthTests {
    static let long = "Damp and mould triage for every council-owned tower block"  // 58 characters

    func board() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run(
            "project", "add", Self.long, "--programme", "Plan", "--owner", "Tom Okafor-Whitfield",
            "--status", "red", "--milestone", "Surveys done", "--due", "2026-12-04")
        return cli
    }

    @Test("status --width 200 shows a 58-character project name whole; the milestone gets what is left")
    func statusWide() throws {
        let cli = try board()
        defer { cli.cleanUp() }
        let wide = try cli.run("status", "--width", "200").out
        #expect(wide.contains(Self.long + " "), "\(wide)")
        #expect(wide.contains("Tom Okafor-Whitfield"))
        #expect(wide.contains("Surveys done"))
        for width in ["80", "100", "120"] {
            let out = try cli.run("status", "--width", width).out
            #expect(out.split(separator: "\n").allSatisfy { $0.count <= Int(width)! }, "\(width): \(out)")
            #expect(out.contains("Tom Okafor-Whitfield"), "\(width): owner cut before the milestone")
        }
    }

    @Test("log and calls list print whole lines in a pipe; --width fits them")
    func wholeLinesInAPipe() throws {
        let cli = try board()
        defer { cli.cleanUp() }
        let service = "Adult Social Care and Safeguarding Front Door Enquiries"
        try cli.run("calls", "record", service, "1500")
        let log = try cli.run("log").out
        #expect(log.contains("Added \(Self.long) (Red) to Plan"), "\(log)")
        #expect(log.split(separator: "\n").contains { $0.count > 80 })
        let cut = try cli.run("log", "--width", "60").out
        #expect(cut.split(separator: "\n").allSatisfy { $0.count <= 60 } && cut.contains("…"), "\(cut)")
        let calls = try cli.run("calls", "list", "--weeks", "1").out
        #expect(calls.contains(service + " "), "\(calls)")
        #expect(calls.contains("no earlier figures"), "\(calls)")
        let fitted = try cli.run("calls", "list", "--weeks", "1", "--width", "60").out
        #expect(fitted.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(fitted)")
        #expect(try cli.run("undo", "--list", "--width", "50").out.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }
}

/// An import that meets a service the store has never held says so (issue 24).
@Suite("CLI: new services in an import")
struct CLINewServiceImportTests {
    func csv(_ cli: CLIRunner, _ text: String) throws -> String {
        let path = cli.store.path + "-import.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a service renamed with calls rename and met again in an import: new service, did you mean the new name")
    func newServiceSaid() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-import.csv") }
        try cli.run("calls", "record", "Adult Social Care", "120", "--week", "last")
        try cli.run("calls", "record", "Repairs", "300", "--week", "last")
        #expect(try cli.run("calls", "rename", "Adult Social Care", "Adult Care").code == 0)
        let file = try csv(
            cli,
            "week,service,channel,count\n2026-W48,Adult Social Care,phone,150\n2026-W48,Repairs,phone,310\n"
                + "2026-W48,Reapirs,email,5\n")
        let r = try cli.run("calls", "import", file)
        #expect(r.code == 0, "\(r.err)")
        let said = "new service: Adult Social Care (150 contacts) — did you mean Adult Care?"
        #expect(r.out.contains(said), "\(r.out)")
        #expect(r.out.contains("new service: Reapirs (5 contacts) — did you mean Repairs?"), "\(r.out)")
        #expect(!r.out.contains("new service: Repairs"))
        // Imported again: no longer new.
        #expect(!(try cli.run("calls", "import", file).out.contains("new service")))
    }

    @Test("a name the config gives as an alias lands on its service and is not new")
    func aliasNotNew() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-import.csv") }
        let config = cli.store.path + "-config/weekboard"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cli.store.path + "-config") }
        try #"{"serviceAliases": {"Adult Care": ["Adult Social Care"]}}"#.write(
            toFile: config + "/config.json", atomically: true, encoding: .utf8)
        try cli.run("calls", "record", "Adult Care", "120", "--week", "last")
        let r = try cli.run(
            "calls", "import", try csv(cli, "week,service,channel,count\n2026-W48,Adult Social Care,phone,150\n"))
        #expect(r.code == 0 && !r.out.contains("new service"), "\(r.out)")
        #expect(try cli.run("calls", "list", "--weeks", "1").out.contains("Adult Care"))
    }
}

/// The man page's generated parts (issue 24).
@Suite("CLI: the manual's generated sections")
struct ManualSectionTests {
    @Test("DASHBOARD KEYS comes from the key map: u, Ctrl-R, L, H and a are there with the rest")
    func keys() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run("manual-section", "keys")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix(".Sh DASHBOARD KEYS\n"))
        for (key, what) in [
            ("u", "undo your last change"), ("Ctrl-R", "redo what undo took back"), ("L", "log: who changed what"),
            ("H", "highlight report"), ("a", "add a project"), ("a", "record this week's count"),
            ("\\&[ \\&]", "previous / next week"), ("Tab Shift-Tab", "next / previous panel"),
        ] {
            #expect(r.out.contains(".It Sy \"\(key)\"\n\(what)"), "\(key): \(what)\n\(r.out)")
        }
        #expect(!(try cli.run("help").out.contains("manual-section")), "a build helper, not in the command list")
    }
}
