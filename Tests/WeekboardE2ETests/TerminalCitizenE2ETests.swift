import Foundation
import Testing
import WeekboardTestSupport

/// Habits of people who live in a terminal: pasting, suspending with Ctrl-Z, killing the
/// dashboard, and a terminal that cannot show it. The real binary in tmux.
@Suite(
    "Terminal habits end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalCitizenE2ETests {
    func demoStore() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        return cli
    }

    func open(_ cli: CLIRunner, binary: URL = CLIRunner.binary) throws -> TmuxSession {
        let tmux = try TmuxSession(width: 80, height: 24, env: cli.env)
        try tmux.run("'\(binary.path)'; echo \"[exit $?]\"")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        return tmux
    }

    func goal(_ cli: CLIRunner, _ slot: Int) throws -> [String: Any] {
        (try cli.statusJSON()["goals"] as? [[String: Any]] ?? [])[slot - 1]
    }

    @Test("a paste into the line editor is text: its newline and digits neither save nor tick")
    func pasteIntoTheEditorIsText() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli)
        let before = try goal(cli, 3)["state"] as? String
        try tmux.keys("j", "j", "e", "C-u")
        try tmux.waitFor("Editing goal 3")
        try tmux.paste("Shortlist agreed\n3\tq")
        try tmux.waitFor("Shortlist agreed 3 q")
        #expect(try tmux.screen().contains("Editing goal 3"))  // still editing: the newline did not save
        try tmux.keys("Enter")
        try tmux.waitFor("Goal 3 reworded (still open).")
        let after = try goal(cli, 3)
        #expect(after["text"] as? String == "Shortlist agreed 3 q")
        #expect(after["state"] as? String == before)
        try tmux.keys("q")
        try tmux.waitFor("[exit 0]")
    }

    @Test("a paste outside the editor changes nothing and says so")
    func pasteElsewhereIsIgnored() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let before = cli.snapshotFiles()
        let tmux = try open(cli)
        try tmux.paste("123xq")
        try tmux.waitFor("Paste ignored")
        #expect(try tmux.programRunning())
        #expect(cli.snapshotFiles() == before)
        try tmux.keys("q")
        try tmux.waitFor("[exit 0]")
    }

    @Test("Ctrl-Z gives the shell back; fg brings the dashboard back whole")
    func ctrlZSuspendsAndFgResumes() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession(width: 80, height: 24, env: cli.env)
        try tmux.run("'\(CLIRunner.binary.path)'")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        try tmux.keys("C-z")
        let shell = try tmux.waitFor("Stopped")
        #expect(!shell.contains("Week 2026.48"))  // the dashboard's screen is gone while stopped
        try tmux.run("fg")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        try tmux.waitFor { $0.contains("? help") && $0.contains("Programme board") }
        try tmux.keys("1")
        try tmux.waitFor("Goal 1")
        try tmux.keys("q")
        // The tick is drawn before it is written: the shell gets the next line once the dashboard has gone.
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
        try tmux.run("echo \"[exit $?]\"")
        try tmux.waitFor("[exit 0]")
    }

    @Test("TERM=dumb prints the status, a one-line hint on stderr, and exits 0")
    func dumbTerminalGetsTheStatus() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession(width: 100, height: 40, env: cli.env)
        try tmux.run("TERM=dumb '\(CLIRunner.binary.path)'; echo \"[exit $?]\"")
        let screen = try tmux.waitFor(#/\[exit \d+\]/#)
        #expect(screen.contains("[exit 0]"))
        #expect(screen.contains("TERM is 'dumb'"))
        #expect(screen.contains("Technical Services"))
        #expect(screen.contains("Repairs"))
    }
}

/// SIGTERM, SIGINT and SIGHUP restore the terminal and exit 128+N, in the debug build and in
/// the release build the README recommends (`swift build -c release --static-swift-stdlib`,
/// built by .ci/run before the tests; skipped where it has not been built).
@Suite("Quit signals end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct QuitSignalE2ETests {
    /// `.build/<triple>/release/weekboard`, or `$WEEKBOARD_RELEASE_BIN`.
    static let release =
        ProcessInfo.processInfo.environment["WEEKBOARD_RELEASE_BIN"].map { URL(fileURLWithPath: $0) }
        ?? CLIRunner.binary.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("release/weekboard")
    static var binaries: [URL] {
        [CLIRunner.binary] + (FileManager.default.isExecutableFile(atPath: release.path) ? [release] : [])
    }

    @Test(
        "a quit signal restores the terminal and exits 128+N",
        arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func quitSignal(signal: Int32, status: Int) throws {
        for binary in Self.binaries {
            let cli = CLIRunner()
            defer { cli.cleanUp() }
            #expect(try cli.run("init", "--demo").code == 0)
            let tmux = try TmuxSession(width: 80, height: 24, env: cli.env)
            try tmux.run("'\(binary.path)'; echo \"[exit $?]\"")
            try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
            let pid = try #require(try tmux.programPID())
            kill(pid, signal)
            let screen = try tmux.waitFor(#/\[exit \d+\]/#)
            #expect(screen.contains("[exit \(status)]"), "\(binary.path)")
            #expect(!screen.contains("Week 2026.48"), "the dashboard's screen was left behind (\(binary.path))")
        }
    }
}

/// The release build the README recommends must exist where CI runs (a missing one would skip the
/// signal checks above without saying so).
@Suite("Release build")
struct ReleaseBuildPresenceTests {
    @Test(
        "CI builds the release binary before the tests",
        .enabled(if: ProcessInfo.processInfo.environment["WEEKBOARD_EXPECT_RELEASE"] == "1"))
    func releaseBinaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: QuitSignalE2ETests.release.path))
    }
}
