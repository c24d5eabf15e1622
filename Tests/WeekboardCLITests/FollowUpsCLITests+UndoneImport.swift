import Foundation
import Testing
import WeekboardTestSupport

extension FollowUpsCLITests {
    static let other = "+447700900222"

    /// The frequent caller four times from Friday to Monday (2026-W48 and W49).
    static var earlierExport: String {
        [
            F.teamsHeader,
            row(1, frequent, "2026-11-27T09:00:00Z"), row(2, frequent, "2026-11-28T10:00:00Z"),
            row(3, frequent, "2026-11-29T11:00:00Z"), row(4, frequent, "2026-11-30T12:00:00Z"),
        ].joined(separator: "\r\n") + "\r\n"
    }

    /// Another caller four times in three days (2026-W50), and the frequent caller once more.
    static var laterExport: String {
        [
            F.teamsHeader,
            row(5, other, "2026-12-07T09:00:00Z"), row(6, other, "2026-12-08T09:00:00Z"),
            row(7, other, "2026-12-08T15:00:00Z"), row(8, other, "2026-12-09T10:00:00Z"),
            row(9, frequent, "2026-12-09T09:00:00Z"),
        ].joined(separator: "\r\n") + "\r\n"
    }

    @Test("an import undone takes the follow-ups of the callers only it held with it; redo brings them back")
    func followUpsGoWithAnUndoneImport() throws {
        var cli = CLIRunner(today: "2026-12-10")
        cli.env["TZ"] = "Europe/London"
        var sam = cli
        sam.env["WEEKBOARD_PERSON"] = "sam"
        let earlier = URL(fileURLWithPath: cli.store.path + "-earlier.csv")
        let later = URL(fileURLWithPath: cli.store.path + "-later.csv")
        defer {
            cli.cleanUp()
            for file in [earlier, later] { try? FileManager.default.removeItem(at: file) }
        }
        #expect(try cli.run("init").code == 0)
        try Data(Self.earlierExport.utf8).write(to: earlier)
        try Data(Self.laterExport.utf8).write(to: later)
        #expect(try cli.run("calls", "import", earlier.path).code == 0)
        #expect(try cli.run("calls", "import", later.path).code == 0)

        // Sam follows up both callers the rule marks (the frequent one first seen in November).
        let listed = try cli.run("calls", "followups", "--json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        #expect(entries.count == 2, "\(listed.out)")
        let frequentRef = try #require(entries.first { $0["first"] as? String == "2026-11-27" }?["ref"] as? String)
        let otherRef = try #require(entries.first { $0["first"] as? String == "2026-12-07" }?["ref"] as? String)
        #expect(try sam.run("calls", "followup", frequentRef, "--state", "done", "--owner", "Sam Patel").code == 0)
        #expect(try sam.run("calls", "followup", otherRef, "--state", "in-progress", "--owner", "Sam Patel").code == 0)
        let followUps = cli.store.appendingPathComponent("callers/followups.json")
        func onDisk() throws -> String { try String(contentsOf: followUps, encoding: .utf8) }
        #expect(try onDisk().contains(frequentRef) && onDisk().contains(otherRef))

        // Alex undoes the later import: the other caller's follow-up goes with it, in the same change; the
        // frequent caller, whom the earlier import still holds, keeps theirs.
        let undone = try cli.run("undo")
        #expect(
            undone.out == "Undid: Imported 5 contacts (2026-W50) and dropped 1 follow-up of its callers\n",
            "\(undone.out)\(undone.err)")
        #expect(try onDisk().contains(frequentRef))
        #expect(!(try onDisk()).contains(otherRef))
        let afterUndo = try cli.run("calls", "followups")
        #expect(afterUndo.out.contains("\(frequentRef)  Repairs  4 in 7 days"), "\(afterUndo.out)")
        #expect(afterUndo.out.contains("done, Sam Patel"), "\(afterUndo.out)")
        #expect(!afterUndo.out.contains(otherRef) && !afterUndo.out.contains("in progress"), "\(afterUndo.out)")
        #expect(try cli.run("log", "--limit", "1").out.contains("and dropped 1 follow-up of its callers"))

        // Sam's own undo of the dropped follow-up now refuses, naming Alex's undo; nothing is written.
        let before = cli.snapshotFiles()
        let refused = try sam.run("undo")
        #expect(refused.code != 0)
        #expect(refused.err.contains("alex changed it since"), "\(refused.err)")
        #expect(refused.err.contains("Undid: Imported 5 contacts (2026-W50)"), "\(refused.err)")
        #expect(cli.snapshotFiles() == before)

        // Redo puts the import and the follow-up back together, as they were.
        let redone = try cli.run("redo")
        #expect(redone.out == "Redid: Imported 5 contacts (2026-W50)\n", "\(redone.out)\(redone.err)")
        #expect(try onDisk().contains(frequentRef) && onDisk().contains(otherRef))
        let back = try cli.run("calls", "followups")
        #expect(back.out.contains("\(otherRef)  Repairs  4 in 7 days"), "\(back.out)")
        #expect(back.out.contains("in progress, Sam Patel"), "\(back.out)")
        #expect(back.out.contains("\(frequentRef)  Repairs  4 in 7 days"), "\(back.out)")

        // With both back, Sam's undo takes back their follow-up of the other caller as usual.
        #expect(try sam.run("undo").code == 0)
        #expect(try cli.run("calls", "followups", "--open").out.contains("\(otherRef)  Repairs"))
        let state = try cli.run("calls", "followups", "--json").out
        let afterSam = try #require(try JSONSerialization.jsonObject(with: Data(state.utf8)) as? [[String: Any]])
        #expect(afterSam.first { $0["ref"] as? String == otherRef }?["state"] as? String == "todo")
    }
}
