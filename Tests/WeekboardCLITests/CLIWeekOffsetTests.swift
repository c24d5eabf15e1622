import Foundation
import Testing
import WeekboardTestSupport

/// `--week -1` means a week back, as `--week=-1` does: ArgumentParser alone would read `-1` as an option.
@Suite("CLI: --week -1 and other weeks back from now")
struct CLIWeekOffsetTests {
    @Test("--week -1 and --week -2 read as weeks back, before or after the command, on every path")
    func negativeOffsets() throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Last week's goal", "--week", "-1").code == 0)
        let file = cli.store.appendingPathComponent("people/alex/2026-W47.json")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Last week's goal"))
        let bare = try cli.run("status", "--week", "-1")
        #expect(bare.code == 0 && bare.out.hasPrefix("Week 2026.47 "), "\(bare.err)")
        #expect(bare.outBytes == (try cli.run("status", "--week=-1").outBytes))
        #expect(try cli.run("--week", "-2", "status").out.hasPrefix("Week 2026.46 "))
        #expect(try cli.run("history", "--week", "-1", "--weeks", "4").out.contains("to 2026.47"))
        cli.env["WEEKBOARD_FULL_PARSER"] = "1"
        #expect(try cli.run("status", "--week", "-1").outBytes == bare.outBytes)
        // Anything else that starts with '-' is still an option, and after '--' every word is text.
        let odd = try cli.run("status", "--week", "-1x")
        #expect(odd.code == 64 && odd.err.contains("Missing value for '--week <week>'"), "\(odd.err)")
        #expect(try cli.run("focus", "set", "--", "--week -1").code == 0)
        #expect(try cli.statusJSON()["focus"] as? String == "--week -1")
    }
}
