import Foundation
import Testing
import WeekboardTestSupport

extension FollowUpsCLITests {
    @Test("follow-ups follow their callers: renamed with the service, removed with the last week that held them")
    func followUpsFollowCallers() throws {
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
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        let ref = try #require(entries.first?["ref"] as? String)
        #expect(try cli.run("calls", "followup", ref, "--state", "done", "--owner", "Sam Patel").code == 0)
        let followUps = cli.store.appendingPathComponent("callers/followups.json")
        func onDisk() throws -> String { try String(contentsOf: followUps, encoding: .utf8) }

        // Renamed: the caller is listed under the new name with the follow-up done, not to do again.
        #expect(try cli.run("calls", "rename", "Repairs", "Housing repairs").code == 0)
        let renamed = try cli.run("calls", "followups")
        #expect(renamed.out.contains("\(ref)  Housing repairs  4 in 7 days"), "\(renamed.out)")
        #expect(renamed.out.contains("done, Sam Patel"), "\(renamed.out)")
        #expect(!(try onDisk()).contains("\"Repairs\""))

        // The caller's weeks removed one by one: the follow-up goes with the last of them, in that change.
        for week in ["2026-W48", "2026-W49"] {
            let r = try cli.run("calls", "remove", "Housing repairs", "--week", week)
            #expect(r.code == 0 && !r.out.contains("follow-up"), "\(r.out)\(r.err)")
            #expect(try onDisk().contains(ref))
        }
        let last = try cli.run("calls", "remove", "Housing repairs", "--week", "2026-W50")
        #expect(
            last.out == "Removed Housing repairs' figure for 2026-W50 (1 contact) and 1 follow-up of its callers.\n")
        #expect(!(try onDisk()).contains(ref))

        // Undo brings the week and the follow-up back together; with every week back, it is listed as it was.
        let undone = try cli.run("undo")
        #expect(undone.code == 0 && undone.out.contains("and 1 follow-up of its callers"), "\(undone.out)")
        #expect(try onDisk().contains(ref))
        #expect(try cli.run("undo").code == 0 && cli.run("undo").code == 0)
        let back = try cli.run("calls", "followups")
        #expect(back.out.contains("\(ref)  Housing repairs  4 in 7 days"), "\(back.out)")
        #expect(back.out.contains("done, Sam Patel"), "\(back.out)")
    }
}
