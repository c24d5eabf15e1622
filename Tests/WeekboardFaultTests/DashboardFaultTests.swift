import Foundation
import Testing
import WeekboardTestSupport

/// The dashboard under hostile text, a storm of resizes, and random keys in read-only mode,
/// run as a person would: the real binary in tmux.
@Suite(
    "Fault: the dashboard in a real terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (CI installs it)"))
struct DashboardFaultTests {
    /// Keys a person might press anywhere (never q or Ctrl-C, which would end the run early).
    static let keys = [
        "j", "k", "1", "2", "3", "n", "x", "e", "s", "c", "Tab", "BTab", "[", "]", "t", "T", "?", "r",
        "C-l", "Escape", "Enter", "Up", "Down", "PageUp", "PageDown", "Home", "End", "BSpace", "a", "Z", "é",
    ]

    @Test("hostile text: every panel, the team view and help show it visibly and never write it raw")
    func hostileText() throws {
        let cli = try HostileTextTests.hostileStore()
        defer { cli.cleanUp() }
        let log = cli.store.path + "-pty.log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let d = try DashboardInTmux(cli, recordTo: log)
        // Visit every panel (the board's selected note is shown in full), the team view and help.
        for key in ["Tab", "j", "j", "Tab", "j", "Tab", "j", "Tab", "T", "j", "T", "?", "Escape", "[", "]"] {
            try d.tmux.keys(key)
            usleep(60_000)
        }
        let screen = try d.tmux.waitFor("^[]0;")
        #expect(screen.contains("^[]0;"), "the title escape is not shown visibly")
        #expect(try d.quitAndCheckRestored() == [])
        try d.tmux.stopRecording()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
        #expect(bytes.count > 2000, "only \(bytes.count) bytes recorded")
        let raw = TerminalBytes.hostileInTerminalStream(bytes)
        #expect(raw.isEmpty, "raw control sequences reached the terminal: \(raw.prefix(10))")
    }

    @Test(
        """
        resize storm: 50 random sizes from 1x1 to 300x100 while keys arrive; no crash, a correct final screen, \
        the terminal restored
        """
    )
    func resizeStorm() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let d = try DashboardInTmux(cli)
        var draw = SeededDraws(seed: UInt64(Date().timeIntervalSince1970 * 1000))
        for _ in 0..<50 {
            try d.tmux.resize(width: draw.int(1...300), height: draw.int(1...100))
            for _ in 0..<draw.int(1...3) { try d.tmux.keys(draw.pick(Self.keys)) }
            usleep(UInt32(draw.int(10_000...80_000)))
        }
        #expect(try d.tmux.programRunning(), "the dashboard died during the storm (seed \(draw.seed))")
        // Back to a normal size and this week, overlays closed: the diff-drawn screen must equal a full redraw.
        // Keys one at a time, each after the last has been dealt with (Esc then t together would read as Alt-t).
        try d.tmux.resize(width: 120, height: 40)
        for key in ["Escape", "Escape", "t"] {
            _ = try settledScreen(d)
            try d.tmux.keys(key)
        }
        let drawn = try settledScreen(d)
        try d.tmux.keys("C-l")
        let redrawn = try settledScreen(d)
        #expect(drawn.contains("Week 2026.48"), "final screen (seed \(draw.seed)):\n\(drawn)")
        // All but the message line ("Reloaded from disk.") and the key hints under it.
        let a = rows(drawn).dropLast(2), b = rows(redrawn).dropLast(2)
        let differing = zip(a.indices, zip(a, b)).filter { $0.1.0 != $0.1.1 }.map {
            "line \($0.0):\n  drawn   \($0.1.0)\n  redrawn \($0.1.1)"
        }
        #expect(
            a.count == b.count && differing.isEmpty,
            """
            after the storm the screen differs from a full redraw (seed \
            \(draw.seed)):\n\(differing.joined(separator: "\n"))
            """
        )
        #expect(try d.quitAndCheckRestored() == [])
        #expect(try cli.run("status").code == 0)
    }

    @Test("read-only: 100 random key presses change no byte and no mtime in the store")
    func readOnlyKeys() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let before = StoreTree(cli.store)
        let d = try DashboardInTmux(cli, extra: ["--read-only"])
        #expect(try d.tmux.screen().contains("READ-ONLY"))
        var draw = SeededDraws(seed: UInt64(Date().timeIntervalSince1970 * 1000))
        for _ in 0..<100 {
            try d.tmux.keys(draw.pick(Self.keys))
            usleep(20_000)
        }
        #expect(try d.tmux.programRunning(), "the dashboard stopped (seed \(draw.seed))")
        #expect(try d.quitAndCheckRestored() == [])
        let after = StoreTree(cli.store)
        #expect(after == before, "read-only dashboard changed \(after.changes(since: before)) (seed \(draw.seed))")
    }

    /// The screen's rows (capture-pane ends the last one with a newline).
    func rows(_ screen: String) -> [Substring] {
        screen.hasSuffix("\n")
            ? Array(screen.dropLast().split(separator: "\n", omittingEmptySubsequences: false))
            : screen.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The screen once it has stopped changing (unchanged for a second, sampled every 250 ms).
    func settledScreen(_ d: DashboardInTmux) throws -> String {
        var last = try d.tmux.screen()
        var same = 0
        for _ in 0..<80 where same < 4 {
            usleep(250_000)
            let now = try d.tmux.screen()
            same = now == last ? same + 1 : 0
            last = now
        }
        return last
    }
}
