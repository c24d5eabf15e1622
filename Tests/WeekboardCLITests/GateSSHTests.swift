import Foundation
import Testing
import WeekboardTestSupport

/// The gate behind a real OpenSSH server on loopback: keys granted with `weekboard access`, the
/// `authorized_keys` written by `access sync`, and `ssh` run as a colleague would.
@Suite(
    "SSH gate through real sshd", .serialized, .enabled(if: SSHServer.isAvailable, "openssh-server is not installed"))
struct GateSSHTests {
    struct Team {
        let cli: CLIRunner
        let server: SSHServer
        let viewer: String
        let editor: String
        let stranger: String

        func cleanUp() {
            server.stop()
            cli.cleanUp()
        }
    }

    /// alex's store with a goal set for alex and for priya.shah; sam views alex's week, priya edits her own.
    func team() throws -> Team {
        var cli = CLIRunner()
        // Over SSH "today" is the real date (the client cannot pin it), so the local commands use it too.
        cli.env["WEEKBOARD_TODAY"] = nil
        let server = try SSHServer()
        #expect(try cli.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(try cli.run("goal", "set", "1", "Shortlist contractors", "--person", "priya.shah").code == 0)
        let sam = try server.newKey("sam"), priya = try server.newKey("priya"), other = try server.newKey("other")
        // The admin's own line, outside the block, must survive every sync and keep working.
        let own = try server.newKey("own")
        try "command=\"echo outside the block\",restrict \(own.publicLine)\n".write(
            to: server.authorizedKeys, atomically: true, encoding: .utf8)
        #expect(
            try cli.run("access", "add", "sam", "--key", sam.publicLine, "--role", "viewer", "--person", "alex").code
                == 0)
        #expect(
            try cli.run(
                "access", "add", "priya", "--key", priya.path + ".pub", "--role", "editor", "--person", "priya.shah"
            ).code == 0)
        let sync = try cli.run("access", "sync", "--authorized-keys", server.authorizedKeys.path)
        #expect(sync.code == 0, "\(sync.err)")
        let outside = try server.ssh(key: own.path, nil)
        #expect(outside.out == "outside the block\n", "\(outside.err)")
        return Team(cli: cli, server: server, viewer: sam.path, editor: priya.path, stranger: other.path)
    }

    @Test("a viewer glances: status, status --json, the plain ssh; and cannot change anything")
    func viewer() throws {
        let t = try team()
        defer { t.cleanUp() }
        let glance = try t.server.ssh(key: t.viewer, ["status"])
        #expect(glance.code == 0, "\(glance.err)")
        #expect(glance.out.contains("GOALS"))
        #expect(glance.out.contains("Agree the void repairs contract"))
        // Plain `ssh host` without a terminal: the glance too.
        let plain = try t.server.ssh(key: t.viewer, nil)
        #expect(plain.out.contains("Agree the void repairs contract"), "\(plain.err)")
        let json = try t.server.ssh(key: t.viewer, ["status", "--json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(parsed?["person"] as? String == "alex")

        let before = t.cli.snapshotFiles()
        let refused = try t.server.ssh(key: t.viewer, ["goal", "done", "1"])
        #expect(refused.code == 1)
        #expect(refused.out == "")
        #expect(
            refused.err
                == "weekboard: 'goal done' changes the store, and this key is a viewer's "
                + "('help' lists what it may run)\n"
        )
        #expect(t.cli.snapshotFiles() == before)
        let help = try t.server.ssh(key: t.viewer, ["help"])
        #expect(help.out.contains("you are sam, a viewer") && !help.out.contains("goal done"))
    }

    @Test("an editor ticks their own goal over SSH and the log names them")
    func editor() throws {
        let t = try team()
        defer { t.cleanUp() }
        let done = try t.server.ssh(key: t.editor, ["goal", "done", "1"])
        #expect(done.code == 0, "\(done.err)")
        #expect(done.out == "Goal 1 done.\n")
        let goals = try t.cli.statusJSON("--person", "priya.shah")["goals"] as? [[String: Any]]
        #expect(goals?.first?["state"] as? String == "done")
        // alex's own week is untouched: an editor writes only their person's.
        #expect((try t.cli.statusJSON()["goals"] as? [[String: Any]])?.first?["state"] as? String == "open")
        let log = try t.cli.run("log").out
        #expect(log.contains("priya as priya.shah (ssh)  Goal 1 done"), "\(log)")
        // A quoted text arrives as one word; the log over SSH shows the team's changes.
        let set = try t.server.ssh(key: t.editor, ["goal set 2 'Agree the plan; sign it'"])
        #expect(set.out == "Goal 2 set.\n", "\(set.err)")
        #expect(try t.server.ssh(key: t.editor, ["log"]).out.contains("alex (cli)  Goal 1 set"))
        // CSV on standard input only.
        let csv = "week,service,channel,count\n2026-W48,Repairs,phone,120\n"
        let imported = try t.server.ssh(key: t.editor, ["calls", "import", "-"], stdin: Data(csv.utf8))
        #expect(imported.code == 0, "\(imported.err)")
        #expect(try t.cli.run("calls", "list", "--json").out.contains("Repairs"))
    }

    @Test("hostile commands and client environment are refused or ignored, and nothing is written")
    func hostile() throws {
        let t = try team()
        defer { t.cleanUp() }
        let before = t.cli.snapshotFiles()
        let commands = [
            "status; sh", "status && id", "status | sh", "$(id)", "status `id`", "status\nsh", "init", "access list",
            "gate --as priya", "generate", "calls rotate-key --yes", "export weeknote --out /tmp/x",
            "--store=/etc status", "status --store=/etc", "status --store /etc", "status '--store=/etc'",
            "status --st\"ore\"=/etc", "status --person alex", "calls import /etc/passwd", "sh -c id",
            String(repeating: "status ", count: 1000),
        ]
        for command in commands {
            let r = try t.server.ssh(key: t.editor, [command])
            #expect(r.code == 1, "\(command): \(r.code) \(r.out) \(r.err)")
            #expect(r.out == "", "\(command)")
            #expect(r.err.hasPrefix("weekboard: ") && r.err.split(separator: "\n").count == 1, "\(command): \(r.err)")
        }
        #expect(
            try t.server.ssh(key: t.editor, ["init"]).err
                == "weekboard: 'init' is not available over SSH ('help' lists what this key may run)\n")
        // Invalid UTF-8 in the command (ssh passes the bytes on; a Swift string cannot hold them).
        let bad = try SSHServer.shell(
            "ssh " + t.server.clientOptions(key: t.editor).map { "'\($0)'" }.joined(separator: " ")
                + " \(t.server.user)@127.0.0.1 \"$(printf 'status \\377')\"")
        #expect(bad.code == 1)
        #expect(bad.err == "weekboard: the command is not valid UTF-8\n", "\(bad.err)")
        // The client's environment: sshd here accepts WEEKBOARD_*; the gate ignores every one of them.
        let env = try t.server.ssh(
            key: t.viewer, ["status", "--json"],
            extra: [
                "-o",
                "SetEnv=WEEKBOARD_STORE=/etc WEEKBOARD_ACCESS=priya WEEKBOARD_PERSON=root WEEKBOARD_TODAY=2001-01-01 "
                    + "LD_PRELOAD=/nonexistent.so",
            ])
        let parsed = try JSONSerialization.jsonObject(with: Data(env.out.utf8)) as? [String: Any]
        #expect(parsed?["person"] as? String == "alex", "\(env.err)")
        #expect(!env.err.contains("LD_PRELOAD"))
        let spoof = try t.server.ssh(
            key: t.viewer, ["goal", "done", "1"], extra: ["-o", "SetEnv=WEEKBOARD_ACCESS=priya"])
        #expect(spoof.code == 1)
        // A TERM with escapes opens no dashboard.
        let term = try t.server.ssh(key: t.viewer, nil, extra: ["-tt"], env: ["TERM": "xterm\u{1B}]0;pwned\u{07}"])
        #expect(term.code == 1)
        #expect(term.out.contains("is not a terminal name"), "\(term.out) \(term.err)")
        #expect(!term.out.contains("\u{1B}]0;"))
        #expect(t.cli.snapshotFiles() == before)
    }

    @Test("numbers too large for any date are a one-line error over SSH, never a crash report")
    func overflowOverSSH() throws {
        let t = try team()
        defer { t.cleanUp() }
        let before = t.cli.snapshotFiles()
        let commands: [(key: String, words: [String])] = [
            (t.viewer, ["status", "--week", "+9223372036854775807d"]),
            (t.viewer, ["status", "--week=-9223372036854775808"]),
            (t.viewer, ["history", "--week", "+1537228672809129301w"]),
            (t.editor, ["goal", "carry", "--week=+9223372036854775807d"]),
        ]
        for (key, words) in commands {
            let r = try t.server.ssh(key: key, [words.joined(separator: " ")])
            #expect(r.code == 2, "\(words): \(r.code) \(r.err)")
            #expect(r.out == "", "\(words)")
            #expect(r.err.hasPrefix("weekboard: error: invalid week"), "\(words): \(r.err)")
            #expect(r.err.split(separator: "\n").count == 1, "\(words): \(r.err)")
            #expect(!r.err.contains("Backtrac") && !r.err.contains("Fatal error"), "\(words): \(r.err)")
        }
        #expect(t.cli.snapshotFiles() == before)
    }

    @Test("restrict refuses port and agent forwarding; unknown and removed keys are refused by sshd")
    func sshRefusals() throws {
        let t = try team()
        defer { t.cleanUp() }
        // -L: the forward is asked for when a connection comes in; sshd refuses to open it.
        let forward = try t.server.ssh(key: t.editor, nil, extra: ["-W", "127.0.0.1:\(t.server.port)"])
        #expect(forward.code == 255)
        #expect(forward.err.contains("administratively prohibited"), "\(forward.err)")
        let local = try LocalForward(server: t.server, key: t.editor)
        defer { local.stop() }
        #expect(try local.tryConnection().contains("administratively prohibited"))
        #expect(t.server.log.contains("refused local port forward"))
        // Agent forwarding: asked for with the test's own (empty) agent; restrict disables it.
        let agent = try TestAgent(dir: t.server.dir)
        defer { agent.stop() }
        _ = try t.server.ssh(
            key: t.editor, ["status"], extra: ["-A"], env: ["SSH_AUTH_SOCK": agent.socket], agent: agent.socket)
        #expect(t.server.log.contains("agent forwarding disabled"))

        let stranger = try t.server.ssh(key: t.stranger, ["status"])
        #expect(stranger.code == 255)
        #expect(stranger.err.contains("Permission denied (publickey)"))
        // Removal takes effect on the next connection.
        #expect(try t.server.ssh(key: t.viewer, ["status"]).code == 0)
        #expect(try t.cli.run("access", "remove", "sam").code == 0)
        let removed = try t.server.ssh(key: t.viewer, ["status"])
        #expect(removed.code == 255)
        #expect(removed.err.contains("Permission denied (publickey)"))
        // The admin's line outside the block survived every sync.
        let own = try String(contentsOf: t.server.authorizedKeys, encoding: .utf8)
        #expect(own.hasPrefix("command=\"echo outside the block\",restrict ssh-ed25519 "))
    }
}
