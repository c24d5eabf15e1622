import Foundation
import Testing
import WeekboardTestSupport

/// What a newcomer met in the real dashboard (issue 24), in tmux with its own socket.
@Suite(
    "Dashboard end to end: a newcomer's first week", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct NewcomerE2ETests {
    func open(width: Int = 80, height: Int = 24) throws -> (CLIRunner, TmuxSession) {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        let tmux = try TmuxSession(width: width, height: height, env: cli.env)
        try tmux.run("'\(CLIRunner.binary.path)'")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        return (cli, tmux)
    }

    @Test("Shift-Tab moves focus back however it comes: BTab, modifyOtherKeys and CSI u; never the team view")
    func shiftTab() throws {
        let (cli, tmux) = try open()
        defer { cli.cleanUp() }
        try tmux.waitFor("[Goals]")
        try tmux.keys("BTab")
        try tmux.waitFor("[Focus]")
        // xterm's modifyOtherKeys and the CSI u form, as tmux sends S-Tab with extended keys on.
        try tmux.tmux(["send-keys", "-H", "1b", "5b", "32", "37", "3b", "32", "3b", "39", "7e"])
        try tmux.waitFor("[Notes]")
        try tmux.tmux(["send-keys", "-H", "1b", "5b", "39", "3b", "32", "75"])
        let screen = try tmux.waitFor("[Contact centre")
        #expect(!screen.contains("─ Team") && !screen.contains("[Team"), "\(screen)")
        try tmux.keys("q")
    }
}
