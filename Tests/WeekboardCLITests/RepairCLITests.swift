import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: weekboard repair brings a store with an over-limit file back, keeping the original")
struct RepairCLITests {
    /// board.json as an earlier weekboard could write it: 140 updates, each with a 120 KB note
    /// of combining marks (one character), 17 MB in all.
    static func oversizedBoard() -> Data {
        let note = "e" + String(repeating: "\u{0301}", count: 60_000)
        var updates: [String] = []
        for i in 0..<140 {
            let day = 1 + i % 28
            updates.append(
                "{\"date\": \"2026-11-\(day < 10 ? "0" : "")\(day)\", \"status\": \"amber\", \"note\": \"\(note)\"}")
        }
        let project = "{\"name\": \"Voids\", \"programme\": \"Plan\", \"history\": [\(updates.joined(separator: ","))]}"
        return Data("{\"schemaVersion\": 1, \"projects\": [\(project)]}".utf8)
    }

    @Test(
        "an over-limit board.json: every command names it and suggests repair; repair fixes it and keeps the original")
    func repairsBoard() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let big = Self.oversizedBoard()
        #expect(big.count > 16 * 1_048_576)
        let board = cli.store.appendingPathComponent("board.json")
        try big.write(to: board)
        let broken = try cli.run("project", "status", "Voids", "red")
        #expect(
            broken.code == 1 && broken.err.contains(board.path) && broken.err.contains("weekboard repair"),
            "\(broken.err)")

        let dry = try cli.run("repair", "--dry-run")
        #expect(dry.code == 0 && dry.out.contains("\(board.path) is over the 16 MiB limit"), "\(dry.out) \(dry.err)")
        #expect(try Data(contentsOf: board) == big)

        let r = try cli.run("repair")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("140 texts longer than 4000 bytes shortened"), "\(r.out)")
        #expect(try Data(contentsOf: board).count < 1_048_576)
        // The original, byte for byte, under repair-backup/.
        let backups = try FileManager.default.subpathsOfDirectory(atPath: cli.store.path + "/repair-backup")
        let kept = try #require(backups.first { $0.hasSuffix("/board.json") })
        #expect(try Data(contentsOf: cli.store.appendingPathComponent("repair-backup/\(kept)")) == big)
        // The store works again, and the status change that failed now succeeds.
        #expect(try cli.run("project", "status", "Voids", "red").code == 0)
        #expect(try cli.run("status").code == 0)
        #expect(try cli.run("repair").out.contains("Nothing to repair"))
    }
}
