import Foundation
import Testing
import WeekboardTestSupport

/// "Today" is the local date of the person's time zone (TZ), taken from the C library: on Linux,
/// FoundationEssentials' `TimeZone.current` is always GMT. One instant near midnight, two zones a
/// day apart: 2026-11-29 10:30 UTC is 00:30 on Monday 30 November in Kiritimati (UTC+14, week 49)
/// and 00:30 on Sunday 29 November in Adak (UTC-10, week 48).
@Suite("CLI: today and the week follow local time")
struct LocalTimeCLITests {
    static let instant = "2026-11-29T10:30:00Z"

    @Test(
        "status at one instant under TZ=Pacific/Kiritimati and TZ=America/Adak",
        arguments: [
            ("Pacific/Kiritimati", "2026-W49", "Week 2026.49 · w/c 30 Nov 2026", "2026-11-30"),
            ("America/Adak", "2026-W48", "Week 2026.48 · w/c 23 Nov 2026", "2026-11-29"),
        ])
    func zone(_ tz: String, _ week: String, _ header: String, _ today: String) throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        cli.env["WEEKBOARD_TODAY"] = nil
        cli.env["WEEKBOARD_NOW"] = Self.instant
        cli.env["TZ"] = tz
        let json = try cli.statusJSON()
        let w = json["week"] as? [String: Any]
        #expect(w?["id"] as? String == week)
        #expect(w?["current"] as? Bool == true)
        // Days since a project's update count from today, the local date.
        let projects = (json["board"] as? [[String: Any]] ?? []).flatMap {
            $0["projects"] as? [[String: Any]] ?? []
        }
        #expect(!projects.isEmpty)
        for p in projects {
            let last = try #require(p["lastUpdate"] as? String)
            #expect(p["daysSinceUpdate"] as? Int == (try Self.day(today)) - (try Self.day(last)), "\(p)")
        }
        let text = try cli.run("status")
        #expect(text.code == 0)
        #expect(text.out.hasPrefix(header), "\(text.out)")
        // A change is journalled at the local time.
        #expect(try cli.run("focus", "set", "Local time").code == 0)
        let log = try cli.run("log")
        #expect(log.out.contains("\(today.suffix(2)) Nov 00:30  alex (cli)  Focus: “Local time”"), "\(log.out)")
    }

    /// Days since 1970 of an ISO date.
    static func day(_ iso: String) throws -> Int {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        let date = try #require(f.date(from: iso))
        return Int(date.timeIntervalSince1970 / 86_400)
    }
}
