import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: board history moves to board-history/ and stays visible")
struct BoardHistoryCLITests {
    /// The demo with two 2025 updates put in front of Void repairs' history, as a board.json
    /// written before archiving existed would hold them.
    func demoWithOldHistory() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        let url = cli.store.appendingPathComponent("board.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let old = """
            "history" : [{"date": "2025-03-03", "status": "amber"},
                         {"date": "2025-06-02", "status": "red", "note": "Contractor went bust"},
            """
        let r = try #require(text.range(of: "\"history\" : ["))
        try text.replacingCharacters(in: r, with: old).write(to: url, atomically: true, encoding: .utf8)
        return cli
    }

    func voidHistory(_ cli: CLIRunner) throws -> [String] {
        let r = try cli.run("project", "list", "--json")
        #expect(r.code == 0, "\(r.err)")
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let projects = (json?["programmes"] as? [[String: Any]] ?? []).flatMap {
            $0["projects"] as? [[String: Any]] ?? []
        }
        let void = try #require(projects.first { $0["name"] as? String == "Void repairs turnaround" })
        return (void["history"] as? [[String: Any]] ?? []).map { "\($0["date"]!) \($0["status"]!)" }
    }

    @Test("a status change archives the old updates; project list --json and an old week's weeknote still show them")
    func archiveAndList() throws {
        let cli = try demoWithOldHistory()
        defer { cli.cleanUp() }
        let before = try voidHistory(cli)
        #expect(before.prefix(2) == ["2025-03-03 amber", "2025-06-02 red"])

        let r = try cli.run("project", "status", "Void repairs turnaround", "green", "--note", "Checked")
        #expect(r.code == 0, "\(r.err)")
        let board = try String(contentsOf: cli.store.appendingPathComponent("board.json"), encoding: .utf8)
        #expect(!board.contains("2025-03-03"))
        #expect(board.contains("\"recentFrom\" : \"2026-10-20\""))
        let archive = try String(
            contentsOf: cli.store.appendingPathComponent("board-history/2025.json"), encoding: .utf8)
        #expect(archive.contains("\"Void repairs turnaround\" : [") && archive.contains("\"date\" : \"2025-03-03\""))

        #expect(try voidHistory(cli) == before + ["2026-11-24 green"])
        let note = try cli.run("export", "weeknote", "--week", "2025-W23")
        #expect(note.code == 0, "\(note.err)")
        #expect(note.out.contains("Void repairs turnaround moved from Amber to Red: Contractor went bust"))
        // The current week reads board.json alone: today's update, its trend against the one before.
        let status = try cli.statusJSON()
        let projects = (status["board"] as? [[String: Any]] ?? []).flatMap { $0["projects"] as? [[String: Any]] ?? [] }
        let void = try #require(projects.first { $0["name"] as? String == "Void repairs turnaround" })
        #expect(void["lastUpdate"] as? String == "2026-11-24")
        #expect(void["trend"] as? String == "same")
    }
}
