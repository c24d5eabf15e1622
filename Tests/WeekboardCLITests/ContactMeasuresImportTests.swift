import Foundation
import Testing
import WeekboardTestSupport

/// The measures a per-contact export gives once imported: calling again within 7 days (across week
/// boundaries, whatever order the weeks come in), the median handled time, and absent measures for a
/// week recorded as a total.
@Suite("CLI: contact measures from imported exports")
struct ContactMeasuresImportTests {
    typealias F = ContactExportFixtures

    /// Week 48: Sam calls Monday and again Tuesday (calling again), Jo on Sunday, one withheld caller.
    static var week48: String {
        [
            F.teamsHeader,
            F.teamsRow(
                1, account: "Repairs", caller: "+447700900001", type: "ucap_in", start: "2026-11-23T09:00:00Z",
                seconds: 300),
            F.teamsRow(
                2, account: "Repairs", caller: "+447700900001", type: "ucap_in", start: "2026-11-24T09:00:00Z",
                seconds: 60),
            F.teamsRow(
                3, account: "Repairs", caller: "Anonymous", type: "ucap_in", start: "2026-11-25T09:00:00Z", seconds: 120
            ),
            F.teamsRow(
                4, account: "Repairs", caller: "+447700900002", type: "ucap_in", start: "2026-11-29T18:00:00Z",
                seconds: 90),
        ].joined(separator: "\r\n") + "\r\n"
    }

    /// Week 49: Jo again on Monday (within 7 days of Sunday), and a new caller.
    static var week49: String {
        [
            F.teamsHeader,
            F.teamsRow(
                5, account: "Repairs", caller: "+447700900002", type: "ucap_in", start: "2026-11-30T08:00:00Z",
                seconds: 200),
            F.teamsRow(
                6, account: "Repairs", caller: "+447700900003", type: "ucap_in", start: "2026-12-01T08:00:00Z",
                seconds: 100),
        ].joined(separator: "\r\n") + "\r\n"
    }

    func makeCLI() throws -> CLIRunner {
        var cli = CLIRunner(today: "2026-12-06")
        cli.env["TZ"] = "Europe/London"
        #expect(try cli.run("init").code == 0)
        return cli
    }

    func file(_ cli: CLIRunner, _ name: String, _ text: String) throws -> String {
        let url = URL(fileURLWithPath: cli.store.path + "-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func repairs(_ cli: CLIRunner, _ week: String) throws -> [String: Any] {
        let json = try cli.statusJSON("--week", week)
        let contacts = try #require(json["contacts"] as? [[String: Any]])
        return try #require(contacts.first { $0["service"] as? String == "Repairs" })
    }

    @Test("calling again counts a caller on Sunday and again on Monday, in either order of import")
    func acrossWeeks() throws {
        for order in [["48", "49"], ["49", "48"]] {
            let cli = try makeCLI()
            defer {
                cli.cleanUp()
                for n in ["48", "49"] { try? FileManager.default.removeItem(atPath: cli.store.path + "-\(n)") }
            }
            for n in order {
                let r = try cli.run("calls", "import", try file(cli, n, n == "48" ? Self.week48 : Self.week49))
                #expect(r.code == 0, "\(r.err)")
            }
            let w48 = try repairs(cli, "2026-W48")
            #expect(w48["count"] as? Int == 4)
            // Three contacts with a known caller; Sam's Tuesday call was calling again.
            #expect(w48["callingAgainPercent"] as? Double == 33.3, "order \(order)")
            // 60, 90, 120, 300: the mean of the middle two.
            #expect(w48["handledSecondsMedian"] as? Int == 105)
            // The contacts export carries the share week by week, and its chart draws it.
            let csv = try cli.run("export", "contacts", "--week", "2026-W49", "--weeks", "2", "--format", "csv").out
            #expect(csv.contains("\r\nRepairs,2026-W48,4,,,33.3,,,\r\nRepairs,2026-W49,2,4,-50,50.0,,,\r\n"), "\(csv)")
            let html = try cli.run("export", "contacts", "--week", "2026-W49", "--weeks", "2", "--format", "html").out
            #expect(html.contains("50% of this week&#39;s contacts were from people calling again."))
            #expect(html.contains(">calling again</text>"))
            let w49 = try repairs(cli, "2026-W49")
            #expect(w49["callingAgainPercent"] as? Double == 50, "order \(order)")
            #expect(w49["handledSecondsMedian"] as? Int == 150)
            // Teams cannot say a call was abandoned: no share, rather than a made-up 0%.
            #expect(w49["abandonedPercent"] == nil)

            // Imported again: nothing changes on disk.
            let before = cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") }
            for n in order { #expect(try cli.run("calls", "import", cli.store.path + "-\(n)").code == 0) }
            #expect(cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") } == before)
        }
    }

    @Test("a week recorded as a total has no measures: absent in status --json, never nought")
    func recordedTotal() throws {
        let cli = try makeCLI()
        defer {
            cli.cleanUp()
            try? FileManager.default.removeItem(atPath: cli.store.path + "-48")
        }
        #expect(try cli.run("calls", "record", "Repairs", "900", "--week", "2026-W47").code == 0)
        #expect(try cli.run("calls", "import", try file(cli, "48", Self.week48)).code == 0)
        let w47 = try repairs(cli, "2026-W47")
        #expect(w47["count"] as? Int == 900)
        for key in ["handledSecondsMedian", "callingAgainPercent", "abandonedPercent"] { #expect(w47[key] == nil) }
        let w48 = try repairs(cli, "2026-W48")
        #expect(w48["handledSecondsMedian"] as? Int == 105)

        let note = try cli.run("export", "weeknote", "--week", "2026-W48")
        #expect(note.out.contains("33.3% of contacts were from people calling again within a week."))
        #expect(note.out.contains("Conversations took a median of 1 min 45 s."))
        let status = try cli.run("status", "--week", "2026-W48")
        #expect(status.out.contains("median 1 min 45 s · calling again 33.3%"))
        // history draws each measure over the weeks, a gap where the week was recorded as a total.
        let history = try cli.run("history", "--week", "2026-W48", "--weeks", "2")
        let lines = history.out.split(separator: "\n").map(String.init)
        for label in ["handled", "again"] {
            let line = try #require(lines.first { $0.hasPrefix("  \(label) ") }, "\(label) in \(history.out)")
            // Week 47 (a total) is a gap; week 48 is the only value on the line's own scale.
            #expect(line == "  " + label.padding(toLength: 9, withPad: " ", startingAt: 0) + " ▄")
        }
    }
}

/// The weeknote's contact-centre sentences on four weeks imported from Teams, byte for byte.
@Suite("CLI: the weeknote's measures, golden")
struct ContactMeasuresWeeknoteGoldenTests {
    typealias F = ContactExportFixtures

    /// Weeks 45 to 48 of 2026: more contacts each week, shorter calls, and more of them from people
    /// calling again (fewer distinct callers each week).
    static var export: String {
        var rows = [F.teamsHeader]
        var n = 0
        for (k, monday) in ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"].enumerated() {
            for i in 0..<(10 + 5 * k) {
                n += 1
                let day = String(monday.dropLast(2)) + String(format: "%02d", Int(monday.suffix(2))! + i % 5)
                // Each week a few new callers and some from the week before.
                let caller = "+4477009\(String(format: "%05d", 4 * k + i % (12 - 2 * k)))"
                rows.append(
                    F.teamsRow(
                        n, account: "Repairs", caller: caller, type: "ucap_in",
                        start: "\(day)T\(String(format: "%02d", 8 + i % 9)):00:00Z", seconds: 420 - 30 * k + i))
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    @Test func weeknoteMatchesGolden() throws {
        var cli = CLIRunner(today: "2026-11-27")
        cli.env["TZ"] = "Europe/London"
        let file = URL(fileURLWithPath: cli.store.path + "-teams.csv")
        defer {
            cli.cleanUp()
            try? FileManager.default.removeItem(at: file)
        }
        #expect(try cli.run("init").code == 0)
        try Data(Self.export.utf8).write(to: file)
        #expect(try cli.run("calls", "import", file.path).code == 0)
        let note = try cli.run("export", "weeknote")
        #expect(note.code == 0, "\(note.err)")
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WeekboardCoreTests/Golden/weeknote-measures-2026-W48.md")
        if ProcessInfo.processInfo.environment["WEEKBOARD_UPDATE_GOLDEN"] == "1" {
            try note.out.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(note.out == (try String(contentsOf: url, encoding: .utf8)))
    }
}
