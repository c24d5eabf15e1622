import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: past weeks' board, the weeknote's moves and title")
struct CLIPastWeekBoardTests {
    @Test("a past week shows the board as at its Sunday: statuses and notes then, later projects absent")
    func asAtEndOfWeek() throws {
        var cli = CLIRunner(today: "2026-11-17")
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Void repairs", "--programme", "Plan", "--status", "amber", "--note", "Slow")
        cli.env["WEEKBOARD_TODAY"] = "2026-11-25"
        try cli.run("project", "status", "Void repairs", "red", "--note", "Contractor gone")
        try cli.run("project", "add", "Lifts", "--programme", "Plan")
        let last = try cli.run("status", "--week", "2026-W47").out
        #expect(last.contains("BOARD  as at Sun 22 Nov"), "\(last)")
        #expect(last.contains("▲ A At risk"))
        #expect(!last.contains("Lifts") && !last.contains("Contractor gone"))
        let json = try cli.statusJSON("--week", "2026-W47")
        #expect(json["boardAsAt"] as? String == "2026-11-22")
        let now = try cli.run("status").out
        #expect(now.contains("Lifts") && !now.contains("as at"))
    }

    @Test("the weeknote gives each project's net move with every note, and names its author")
    func weeknote() throws {
        var cli = CLIRunner(today: "2026-11-17")
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Audit", "--programme", "Plan", "--status", "amber")
        cli.env["WEEKBOARD_TODAY"] = "2026-11-24"
        try cli.run("project", "status", "Audit", "red", "--note", "Audit slipped")
        cli.env["WEEKBOARD_TODAY"] = "2026-11-27"
        try cli.run("project", "status", "Audit", "green", "--note", "Back on site")
        let md = try cli.run("export", "weeknote").out
        #expect(md.hasPrefix("# Weeknote 2026.48 — alex — w/c 23 November 2026\n"), "\(md)")
        #expect(md.contains("- Audit moved from Amber to Red, then to Green: Audit slipped; Back on site\n"), "\(md)")
        let config = cli.store.path + "-config/weekboard"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try #"{"displayName": "Sam Patel"}"#.write(toFile: config + "/config.json", atomically: true, encoding: .utf8)
        #expect(
            try cli.run("export", "weeknote").out.hasPrefix(
                "# Weeknote 2026.48 — Sam Patel — w/c 23 November 2026"))
    }
}

@Suite("CLI: recording counts as people write them")
struct CLICountTests {
    @Test("calls record takes 1,500 and web chat; a count that is not a number says what it got")
    func counts() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("calls", "record", "Repairs", "1,500").out.contains("1,500 contacts recorded"))
        #expect(try cli.run("calls", "record", "Housing", "20", "--channel", "Web chat").code == 0)
        let before = cli.snapshotFiles()
        let bad = try cli.run("calls", "record", "Repairs", "lots")
        #expect(bad.code == 2 && bad.err.contains("count 'lots' is not a whole number"), "\(bad.err)")
        let negative = try cli.run("calls", "record", "Repairs", "-5")
        #expect(negative.code == 2 && negative.err.contains("count must be 0 or more, not -5"), "\(negative.err)")
        #expect(try cli.run("calls", "record", "Repairs", "5", "--bogus").code == 64)
        #expect(cli.snapshotFiles() == before)
    }
}

@Suite("CLI: correcting contact figures")
struct CLICallsEditTests {
    func services(_ cli: CLIRunner, _ extra: String...) throws -> [String: Int] {
        let r = try cli.run(["status", "--json"] + extra)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
        var out: [String: Int] = [:]
        for row in json["contacts"] as? [[String: Any]] ?? [] {
            if let s = row["service"] as? String { out[s] = row["count"] as? Int }
        }
        return out
    }

    @Test("a mistyped service is renamed, or merged into the right one; undo takes it back")
    func renameAndMerge() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("calls", "record", "Repairs", "500", "--week", "last")
        try cli.run("calls", "record", "Repairs", "300")
        try cli.run("calls", "record", "Reapirs", "20")
        let merged = try cli.run("calls", "rename", "reap", "repairs")
        #expect(merged.out == "Merged Reapirs into Repairs (1 week; counts added together).\n", "\(merged.err)")
        #expect(try services(cli) == ["Repairs": 320])
        #expect(try cli.run("undo").code == 0)
        #expect(try services(cli) == ["Repairs": 300, "Reapirs": 20])
        #expect(
            try cli.run("calls", "rename", "Repairs", "Responsive repairs").out
                == "Renamed the service Repairs to Responsive repairs (2 weeks).\n")
        #expect(try services(cli, "--week", "last")["Responsive repairs"] == 500)
        let unknown = try cli.run("calls", "rename", "Parking", "Car parks")
        #expect(unknown.code == 2 && unknown.err.contains("no service called 'Parking'"), "\(unknown.err)")
    }

    @Test("calls remove takes one week's figure out; undo puts it back")
    func removeWeek() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("calls", "record", "Repairs", "300")
        try cli.run("calls", "record", "Reapirs", "20")
        #expect(
            try cli.run("calls", "remove", "Reapirs").out == "Removed Reapirs' figure for 2026-W48 (20 contacts).\n")
        #expect(try services(cli) == ["Repairs": 300])
        let before = cli.snapshotFiles()
        let missing = try cli.run("calls", "remove", "Reapirs")
        #expect(missing.code == 2 && cli.snapshotFiles() == before)
        #expect(try cli.run("undo").code == 0)
        #expect(try services(cli) == ["Repairs": 300, "Reapirs": 20])
    }
}

@Suite("CLI: channels where they are recorded")
struct CLIChannelsTests {
    @Test("status --json gives a service's channels when its figure was recorded by channel")
    func statusJSONChannels() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("calls", "record", "Repairs", "300", "--channel", "phone")
        try cli.run("calls", "record", "Repairs", "40", "--channel", "web chat")
        try cli.run("calls", "record", "Housing", "90")
        let rows = try cli.statusJSON()["contacts"] as? [[String: Any]] ?? []
        let repairs = rows.first { $0["service"] as? String == "Repairs" }
        #expect(repairs?["channels"] as? [String: Int] == ["phone": 300, "web": 40])
        #expect(repairs?["count"] as? Int == 340)
        #expect(rows.first { $0["service"] as? String == "Housing" }?["channels"] == nil)
    }
}
