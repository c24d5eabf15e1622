import Foundation
import Testing
import WeekboardTestSupport

/// Undo, redo and the log from the dashboard, in tmux as a person would.
@Suite(
    "Undo and the log end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct UndoE2ETests {
    func goals(_ cli: CLIRunner) throws -> [String?] {
        (try cli.statusJSON()["goals"] as? [[String: Any]] ?? []).map { $0["state"] as? String }
    }

    @Test("tick goal 1, u takes it back (screen and store), Ctrl-R puts it back, L shows who did it")
    func undoRedoLog() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        #expect(try cli.run("goal", "open", "1").code == 0)
        let tmux = try TmuxSession(width: 80, height: 24, env: cli.env)
        try tmux.run("'\(CLIRunner.binary.path)'")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")

        try tmux.keys("1")
        try tmux.waitFor("met 1 of 3")
        #expect(try goals(cli).first == "done")

        try tmux.keys("u")
        try tmux.waitFor("Undid: Goal 1 done")
        try tmux.waitFor("met 0 of 3")
        #expect(try tmux.screen().contains("1 [○] Agree the void repairs contract variation"))
        #expect(try goals(cli).first == "open")

        try tmux.keys("C-r")
        try tmux.waitFor("Redid: Goal 1 done")
        try tmux.waitFor("met 1 of 3")
        #expect(try goals(cli).first == "done")

        try tmux.keys("L")
        let log = try tmux.waitFor("Redid: Goal 1 done  ")
        #expect(log.contains("alex (dashboard)  Undid: Goal 1 done"), "\(log)")
        #expect(log.contains("alex (dashboard)  Goal 1 done"), "\(log)")
        try tmux.keys("Escape")
        try tmux.keys("q")
        try tmux.waitFor("condition") { _ in !((try? tmux.programRunning()) ?? true) }
        let journal = try cli.run("log", "--by", "alex").out
        #expect(journal.split(separator: "\n").prefix(3).allSatisfy { $0.contains("(dashboard)") }, "\(journal)")
    }
}
