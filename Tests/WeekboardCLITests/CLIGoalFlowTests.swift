import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: a week's focus, goals and notes")
struct CLIGoalFlowTests {
    @Test("set focus and goals, tick them, and status shows it")
    func weekFlow() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("focus", "set", "Repairs backlog under control").code == 0)
        #expect(try cli.run("goal", "set", "1", "Agree the contract variation").code == 0)
        #expect(try cli.run("goal", "set", "2", "Publish the winter plan").code == 0)
        #expect(try cli.run("goal", "set", "3", "Interview for the designer role").code == 0)
        #expect(try cli.run("goal", "done", "1").code == 0)
        #expect(try cli.run("goal", "nearly", "2").code == 0)
        let text = try cli.run("status").out
        #expect(text.contains("Week 2026.48 · w/c 23 Nov 2026"))
        #expect(text.contains("FOCUS  Repairs backlog under control"))
        #expect(text.contains("met 1 of 3"))
        #expect(text.contains("✓ 1 Agree the contract variation"))
        #expect(text.contains("◐ 2 Publish the winter plan (nearly done)"))
        #expect(text.contains("○ 3 Interview for the designer role"))
        let json = try cli.statusJSON()
        let goals = json["goals"] as? [[String: Any]] ?? []
        #expect(goals.map { $0["state"] as? String } == ["done", "nearly", "open"])
        let score = json["score"] as? [String: Any]
        #expect(score?["met"] as? Int == 1)
    }

    @Test("store files are 0600 in 0700 folders, pretty JSON with a schemaVersion")
    func fileModes() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("focus", "set", "Focus")
        let file = cli.store.appendingPathComponent("people/alex/2026-W48.json")
        let attrs = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let dirAttrs = try FileManager.default.attributesOfItem(atPath: cli.store.path)
        #expect((dirAttrs[.posixPermissions] as? Int) == 0o700)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"focus\" : \"Focus\""))
    }

    @Test("--store and --person work before and after the subcommand")
    func globalOptionsAnywhere() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let other = cli.store.path + "-other"
        defer { try? FileManager.default.removeItem(atPath: other) }
        #expect(try cli.run("init", "--store", other).code == 0)
        #expect(try cli.run("--store", other, "--person", "sam", "focus", "set", "Before").code == 0)
        #expect(try cli.run("focus", "set", "After", "--store", other, "--person", "jo").code == 0)
        #expect(FileManager.default.fileExists(atPath: other + "/people/sam/2026-W48.json"))
        #expect(FileManager.default.fileExists(atPath: other + "/people/jo/2026-W48.json"))
        let team = try cli.run("status", "--team", "--store", other).out
        #expect(team.contains("sam"))
        #expect(team.contains("Before"))
        #expect(team.contains("After"))
    }

    @Test("carry copies last week's unfinished goals into empty slots")
    func carry() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "Finished thing", "--week", "last")
        try cli.run("goal", "done", "1", "--week", "last")
        try cli.run("goal", "set", "2", "Unfinished thing", "--week", "2026-W47")
        try cli.run("goal", "set", "3", "Nearly thing", "--week", "2026.47")
        try cli.run("goal", "nearly", "3", "--week", "2026-11-17")
        try cli.run("goal", "set", "1", "New this week")
        let r = try cli.run("goal", "carry")
        #expect(r.code == 0)
        #expect(r.out.contains("Carried 2 goals"))
        let goals = try cli.statusJSON()["goals"] as? [[String: Any]] ?? []
        #expect(goals.map { $0["text"] as? String } == ["New this week", "Unfinished thing", "Nearly thing"])
        #expect(goals.map { $0["state"] as? String } == ["open", "open", "open"])
    }

    @Test("notes land in their sections")
    func notes() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("note", "add", "watch", "Damp and mould backlog").code == 0)
        #expect(try cli.run("note", "add", "learning", "Text residents a slot").code == 0)
        let notes = try cli.statusJSON()["notes"] as? [String: [String]]
        #expect(notes?["watch"] == ["Damp and mould backlog"])
        #expect(notes?["learning"] == ["Text residents a slot"])
        #expect(notes?["next"] == [])
    }
}
