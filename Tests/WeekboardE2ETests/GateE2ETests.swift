import Foundation
import Testing
import WeekboardTestSupport

/// The dashboard over a real `ssh -tt` in tmux: the editor's own week, ticked with a key; a viewer's
/// read-only badge; `q` ends the session.
@Suite(
    "Dashboard over SSH in tmux", .serialized,
    .enabled(if: TmuxSession.isAvailable && SSHServer.isAvailable, "tmux or openssh-server is not installed"))
struct GateE2ETests {
    @Test("an editor ticks a goal in the dashboard over ssh -tt, and q ends the session; a viewer cannot")
    func dashboardOverSSH() throws {
        var cli = CLIRunner()
        cli.env["WEEKBOARD_TODAY"] = nil  // over SSH today is the real date
        defer { cli.cleanUp() }
        let server = try SSHServer()
        defer { server.stop() }
        #expect(try cli.run("goal", "set", "1", "Shortlist contractors", "--person", "priya.shah").code == 0)
        let priya = try server.newKey("priya"), sam = try server.newKey("sam")
        #expect(
            try cli.run(
                "access", "add", "priya", "--key", priya.publicLine, "--role", "editor", "--person", "priya.shah"
            ).code == 0)
        #expect(
            try cli.run("access", "add", "sam", "--key", sam.publicLine, "--role", "viewer", "--person", "priya.shah")
                .code == 0)
        #expect(try cli.run("access", "sync", "--authorized-keys", server.authorizedKeys.path).code == 0)
        var env = cli.env
        env.removeValue(forKey: "SSH_AUTH_SOCK")

        let tmux = try TmuxSession(width: 100, height: 30, env: env)
        try tmux.run(server.sshCommandLine(key: priya.path, extra: ["-tt"]))
        try tmux.waitFor("Shortlist contractors", timeout: 30)
        try tmux.keys("1")
        try tmux.waitFor("Goal 1 done.")
        let goals = try cli.statusJSON("--person", "priya.shah")["goals"] as? [[String: Any]]
        #expect(goals?.first?["state"] as? String == "done")
        #expect(try cli.run("log").out.contains("priya as priya.shah (ssh)  Goal 1 done"))
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "the session to end") { _ in !((try? tmux.programRunning()) ?? true) }

        let viewer = try TmuxSession(width: 100, height: 30, env: env)
        try viewer.run(server.sshCommandLine(key: sam.path, extra: ["-tt"]))
        let screen = try viewer.waitFor("READ-ONLY · viewing as sam", timeout: 30)
        #expect(screen.contains("Shortlist contractors"))
        let before = cli.snapshotFiles()
        try viewer.keys("1")
        try viewer.waitFor("read-only: nothing was changed")
        #expect(cli.snapshotFiles() == before)
        try viewer.keys("q")
        try viewer.waitFor(timeout: 20, "the session to end") { _ in !((try? viewer.programRunning()) ?? true) }
    }

    @Test("a viewer given access without --person opens on the team's view; the footer offers no edit key")
    func viewerWithoutPerson() throws {
        var cli = CLIRunner()
        cli.env["WEEKBOARD_TODAY"] = nil  // over SSH today is the real date
        defer { cli.cleanUp() }
        let server = try SSHServer()
        defer { server.stop() }
        #expect(try cli.run("goal", "set", "1", "Shortlist contractors", "--person", "priya.shah").code == 0)
        let jo = try server.newKey("jo")
        #expect(try cli.run("access", "add", "jo", "--key", jo.publicLine, "--role", "viewer").code == 0)
        #expect(try cli.run("access", "sync", "--authorized-keys", server.authorizedKeys.path).code == 0)
        var env = cli.env
        env.removeValue(forKey: "SSH_AUTH_SOCK")
        let viewer = try TmuxSession(width: 100, height: 30, env: env)
        try viewer.run(server.sshCommandLine(key: jo.path, extra: ["-tt"]))
        let screen = try viewer.waitFor("READ-ONLY · viewing as jo", timeout: 30)
        #expect(
            screen.contains("[Team]") && screen.contains("priya.shah [○][ ][ ]  met 0 of 1"),
            "\(screen)")
        let footer = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        for key in ["tick", "e edit", "c carry", "s status", "a add", "u undo"] {
            #expect(!footer.contains(key), "the footer offers '\(key)' to a viewer: \(footer)")
        }
        #expect(footer.contains("q quit"), "\(footer)")
        try viewer.keys("q")
        try viewer.waitFor(timeout: 20, "the session to end") { _ in !((try? viewer.programRunning()) ?? true) }
    }
}
