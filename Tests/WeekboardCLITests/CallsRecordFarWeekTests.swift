import Foundation
import Testing
import WeekboardTestSupport

/// `calls record --week` follows the rule `calls import` applies to its rows (issue 26): a week more than a
/// week ahead or ten years back is a typing slip until the person says it is right.
@Suite("CLI: calls record refuses a week far from today unless told")
struct CallsRecordFarWeekTests {
    @Test(
        "9999-W52 and 1901-W01 are refused naming the week; --any-date takes them; next week and 2017 are fine",
        arguments: [("9999-W52", "more than a week ahead"), ("1901-W01", "more than ten years back")])
    func farWeek(_ week: String, _ far: String) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let before = cli.snapshotFiles()
        let refused = try cli.run("calls", "record", "Repairs", "120", "--week", week)
        #expect(refused.code == 2, "\(refused.out) \(refused.err)")
        #expect(refused.err.contains("week \(week) (from "), "\(refused.err)")
        #expect(refused.err.contains("\(far): pass --any-date if that is right"), "\(refused.err)")
        #expect(cli.snapshotFiles() == before, "nothing written")
        let taken = try cli.run("calls", "record", "Repairs", "120", "--week", week, "--any-date")
        #expect(taken.code == 0, "\(taken.out) \(taken.err)")
        #expect(cli.snapshotFiles()["contacts/\(week).json"] != nil)
        // Today is 2026-11-24: next week, and a week nine years back, need no flag.
        for near in ["2026-W49", "2017-W48"] {
            let r = try cli.run("calls", "record", "Repairs", "90", "--week", near)
            #expect(r.code == 0, "\(near): \(r.err)")
        }
    }
}
