import Foundation
import Testing
import WeekboardTestSupport

/// Numbers from a person or a file are bounded before any arithmetic (issue 26): a clear error and
/// exit 2 for a typed one, a malformed-file error naming the line for a journal's, never a crash.
@Suite("CLI: numbers too large for a date or a journal")
struct CLIOverflowTests {
    @Test("week and date offsets past the store's years are an invalid week or date, exit 2")
    func typedOffsets() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let before = cli.snapshotFiles()
        let max = "9223372036854775807", min = "-9223372036854775808"
        let commands: [[String]] = [
            ["status", "--week=\(min)"], ["status", "--week", "+\(max)d"], ["status", "--week=-\(max)w"],
            ["history", "--week", "+\(max)d"], ["goal", "carry", "--week=+\(max)d"],
            ["calls", "list", "--week=+\(max)w"], ["status", "--week", "+3000001d"],
            ["export", "highlight", "--since=-1537228672809129301w"],
            ["project", "add", "P", "--programme", "X", "--milestone", "m", "--due", "+\(max)d"],
            ["project", "add", "P", "--programme", "X", "--milestone", "m", "--due", "+1537228672809129301w"],
            ["project", "add", "P", "--programme", "X", "--milestone", "m", "--due=-1537228672809129301w"],
        ]
        for words in commands {
            let r = try cli.run(words)
            #expect(!r.signalled && r.code == 2, "\(words): \(r.code) \(r.err)")
            #expect(
                r.err.hasPrefix("weekboard: error: ") && r.err.contains(" date") || r.err.contains("week"),
                "\(words): \(r.err)")
            #expect(r.err.split(separator: "\n").count == 1, "\(words): \(r.err)")
        }
        #expect(cli.snapshotFiles() == before)
    }

    @Test("a journal line numbered past any real journal is refused, naming its line, not a crash")
    func hugeSeq() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        let dir = cli.store.appendingPathComponent("journal")
        let file = dir.appendingPathComponent(
            try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".jsonl") })
        )
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"seq\":2", with: "\"seq\":9223372036854775807")
            .write(to: file, atomically: true, encoding: .utf8)
        for words in [["goal", "set", "2", "Publish the plan"], ["log"], ["undo"]] {
            let r = try cli.run(words)
            #expect(!r.signalled, "\(words): \(r.err)")
            #expect(r.err.contains("line 2") || r.code == 0, "\(words): \(r.err)")
        }
    }
}
