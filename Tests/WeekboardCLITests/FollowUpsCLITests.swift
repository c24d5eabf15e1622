import Foundation
import Testing
import WeekboardTestSupport

/// `calls followups` and `calls followup`: the callers the rule marks, their follow-up's state, and
/// whether following them up made a difference. Never a number in the output or the store.
@Suite("CLI: following up the people who call too often")
struct FollowUpsCLITests {
    typealias F = ContactExportFixtures
    static let frequent = "+447700900111"

    static func row(_ n: Int, _ caller: String, _ start: String) -> String {
        F.teamsRow(n, account: "Repairs", caller: caller, type: "ucap_in", start: start, seconds: 120)
    }

    /// The frequent caller four times from Friday to Monday (across two weeks), another caller twice;
    /// after the follow-up on 7 December, the frequent caller once more.
    static var export: String {
        [
            F.teamsHeader,
            row(1, frequent, "2026-11-27T09:00:00Z"), row(2, frequent, "2026-11-28T10:00:00Z"),
            row(3, frequent, "2026-11-29T11:00:00Z"), row(4, frequent, "2026-11-30T12:00:00Z"),
            row(5, "+447700900222", "2026-11-30T09:00:00Z"), row(6, "+447700900222", "2026-12-01T09:00:00Z"),
            row(7, frequent, "2026-12-09T09:00:00Z"),
        ].joined(separator: "\r\n") + "\r\n"
    }

    @Test("the rule marks a caller across two weeks; the state is changed, listed, undone; the number never shows")
    func followUp() throws {
        var cli = CLIRunner(today: "2026-12-10")
        cli.env["TZ"] = "Europe/London"
        let file = URL(fileURLWithPath: cli.store.path + "-export.csv")
        defer {
            cli.cleanUp()
            try? FileManager.default.removeItem(at: file)
        }
        #expect(try cli.run("init").code == 0)
        try Data(Self.export.utf8).write(to: file)
        #expect(try cli.run("calls", "import", file.path).code == 0)

        let listed = try cli.run("calls", "followups", "--json")
        #expect(listed.code == 0, "\(listed.err)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        let ref = try #require(entry["ref"] as? String)
        #expect(ref.count == 8)
        #expect(entry["service"] as? String == "Repairs")
        #expect(entry["contacts"] as? Int == 5)
        #expect(entry["contactsInWindow"] as? Int == 4)
        #expect(entry["state"] as? String == "todo")
        #expect(entry["first"] as? String == "2026-11-27" && entry["last"] as? String == "2026-12-09")
        // The system's own identity of each contact, to find the caller there.
        let sources = try #require(entry["sources"] as? [String])
        #expect(sources.count == 5 && sources.allSatisfy { $0.hasPrefix("teams:") })

        // Too short a reference, an unknown one, a bad state: clear errors, nothing written.
        let before = cli.snapshotFiles()
        #expect(try cli.run("calls", "followup", "ab", "--state", "done").code != 0)
        let unknown = try cli.run("calls", "followup", "0000000", "--state", "done")
        #expect(unknown.code != 0 && unknown.err.contains("no caller marked as calling too often"))
        #expect(try cli.run("calls", "followup", ref, "--state", "finished").code == 64)
        #expect(cli.snapshotFiles() == before)

        let done = try cli.run(
            "calls", "followup", String(ref.prefix(5)), "--state", "done", "--owner", "Sam Patel",
            "--note", "Boiler part on order; told them Thursday")
        #expect(done.code == 0, "\(done.err)")
        #expect(done.out.contains("Follow-up \(ref) (Repairs): done."))
        // Marked done on the 10th: in the 28 days before, 5 contacts; since, none yet.
        let after = try cli.run("calls", "followups")
        #expect(
            after.out.contains("\(ref)  Repairs  4 in 7 days (5 in all, 27 Nov 2026 to 9 Dec 2026)  done, Sam Patel"))
        #expect(after.out.contains("Boiler part on order; told them Thursday"))
        #expect(after.out.contains("28 days before it was done: 5 contacts; since: 0"))
        #expect(after.out.contains("1 follow-up done: 5 contacts in the 28 days before, 0 since."))
        #expect(try cli.run("calls", "followups", "--since", "2026-12-01").out.contains("1 follow-up done since"))
        #expect(try cli.run("calls", "followups", "--since", "2026-12-11").out.contains("No follow-ups match."))
        #expect(try cli.run("calls", "followups", "--open").out.contains("No follow-ups match."))
        #expect(try cli.run("log", "--limit", "1").out.contains("Follow-up \(ref) (Repairs): done"))

        #expect(try cli.run("undo").code == 0)
        #expect(try cli.run("calls", "followups", "--open").out.contains("\(ref)  Repairs"))

        // No number anywhere: not in what was printed, not on disk.
        let everything = StoreSnapshot.files(cli.store).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for number in [Self.frequent, "7700900111", "07700 900111"] {
            #expect(!everything.contains(number))
            #expect(!listed.out.contains(number) && !after.out.contains(number))
        }

        // Done again on the 10th; ten days later an export shows one more contact since: 5 before, 1 after.
        #expect(try cli.run("calls", "followup", ref, "--state", "done").code == 0)
        cli.env["WEEKBOARD_TODAY"] = "2026-12-20"
        let later = URL(fileURLWithPath: cli.store.path + "-later.csv")
        defer { try? FileManager.default.removeItem(at: later) }
        try Data(
            ([F.teamsHeader, Self.row(8, Self.frequent, "2026-12-12T09:00:00Z")].joined(separator: "\r\n") + "\r\n")
                .utf8
        ).write(to: later)
        #expect(try cli.run("calls", "import", later.path).code == 0)
        #expect(try cli.run("calls", "followups").out.contains("28 days before it was done: 5 contacts; since: 1"))

        // Forgetting the callers forgets their follow-ups too.
        #expect(try cli.run("calls", "followup", ref, "--state", "in-progress").code == 0)
        #expect(try cli.run("calls", "rotate-key", "--yes", "--forget-callers").code == 0)
        let forgotten = try cli.run("calls", "followups", "--json").out
        #expect((try JSONSerialization.jsonObject(with: Data(forgotten.utf8)) as? [Any])?.isEmpty == true)
        let followUps = cli.store.appendingPathComponent("callers/followups.json")
        #expect(!(try String(contentsOf: followUps, encoding: .utf8)).contains(ref))
    }
}
