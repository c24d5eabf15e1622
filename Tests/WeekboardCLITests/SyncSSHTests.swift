import Foundation
import Testing
import WeekboardTestSupport

/// Sync over `ssh://127.0.0.1` through the test's own OpenSSH server, as a team's bare repository on a
/// server is reached: the key may run only git's own commands there (`git-shell`).
@Suite(
    "CLI: sync over ssh:// through real sshd", .serialized,
    .enabled(if: SSHServer.isAvailable && ExternalTool.find("git-shell") != nil, "openssh-server or git missing"))
struct SyncSSHTests {
    @Test("two machines publish, join and exchange changes over ssh://, and end with the same status")
    func overSSH() throws {
        var t = try SyncFixture(["alex", "priya"])
        let server = try SSHServer()
        defer {
            server.stop()
            t.cleanUp()
        }
        let key = try server.newKey("git")
        try "command=\"git-shell -c \\\"$SSH_ORIGINAL_COMMAND\\\"\",restrict \(key.publicLine)\n".write(
            to: server.authorizedKeys, atomically: true, encoding: .utf8)
        let ssh = (["ssh"] + server.clientOptions(key: key.path)).joined(separator: " ")
        for i in t.machines.indices { t.machines[i].env["GIT_SSH_COMMAND"] = ssh }
        let url = "ssh://\(server.user)@127.0.0.1:\(server.port)\(t.remote.path)"
        #expect(try t.machines[0].run("init").code == 0)
        #expect(try t.machines[0].run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        try t.join(url)
        #expect(try t.machines[1].run("project", "add", "Kitchens", "--programme", "Housing").code == 0)
        #expect(try t.machines[0].run("note", "add", "watch", "Damp survey backlog").code == 0)
        try t.syncAll()
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[0].contains("Agree the void repairs contract") && statuses[0].contains("Kitchens"))
        #expect(statuses[0].contains("Damp survey backlog"))
        // The remote on the server holds the commits; nothing host-private among them.
        let (paths, _) = try t.history()
        #expect(paths.contains("board.json") && !paths.contains("secret.key"))
        // A key the server does not know: a one-line refusal, exit 1, the change kept.
        let stranger = try server.newKey("stranger")
        var a = t.machines[0]
        a.env["GIT_SSH_COMMAND"] = (["ssh"] + server.clientOptions(key: stranger.path)).joined(separator: " ")
        #expect(try a.run("goal", "set", "2", "Kept for later").code == 0)
        let refused = try a.run("sync")
        #expect(refused.code == 1)
        #expect(refused.err.hasPrefix("weekboard: error: cannot reach ssh://"), "\(refused.err)")
        #expect(refused.err.split(separator: "\n").count == 1, "\(refused.err)")
        a.env["GIT_SSH_COMMAND"] = ssh
        #expect(try a.run("sync").code == 0)
        #expect(try t.machines[1].run("sync").code == 0)
        #expect(try t.machines[1].statusJSON("--person", "alex").description.contains("Kept for later"))
    }
}
