import Foundation
import Testing
import WeekboardTestSupport

/// Keys made on Windows with PuTTYgen (issue 24): its RFC 4716 public key file and the public key in
/// a `.ppk` are granted like a `.pub` line, and the colleague logs in through PuTTY's own `plink`.
@Suite(
    "SSH gate: PuTTY keys and plink", .serialized,
    .enabled(if: SSHServer.isAvailable && ExternalTool.find("plink") != nil, "openssh-server or putty-tools missing"))
struct PuTTYKeySSHTests {
    @Test("access add reads PuTTYgen's RFC 4716 file and a .ppk's public key; plink logs in with each")
    func puttyKeys() throws {
        var cli = CLIRunner()
        cli.env["WEEKBOARD_TODAY"] = nil  // over SSH "today" is the real date
        defer { cli.cleanUp() }
        let server = try SSHServer()
        defer { server.stop() }
        #expect(try cli.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        let sam = try server.newPuTTYKey("sam"), jo = try server.newPuTTYKey("jo")
        let rfc = try String(contentsOfFile: sam.rfc4716, encoding: .utf8)
        #expect(rfc.hasPrefix("---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"sam@windows\"\n"), "\(rfc)")

        let added = try cli.run("access", "add", "sam", "--key", sam.rfc4716, "--role", "viewer", "--person", "alex")
        #expect(added.code == 0, "\(added.err)")
        #expect(added.out.hasPrefix("Granted sam as alex viewer access (ssh-ed25519)."), "\(added.out)")
        let fromPPK = try cli.run("access", "add", "jo", "--key", jo.ppk, "--role", "viewer")
        #expect(fromPPK.code == 0, "\(fromPPK.err)")
        #expect(fromPPK.err.contains("is a PuTTY private key file; only its public key was read"))
        let list = try cli.run("access", "list").out
        #expect(list.contains("sam  viewer") && list.contains("sam@windows"), "\(list)")
        #expect(list.contains("jo  viewer") && list.contains("jo@windows"), "\(list)")
        // What was granted is what ssh-keygen -i reads from the same file: the same key.
        let converted = try ExternalTool.run("ssh-keygen", ["-i", "-f", sam.rfc4716]).out
        let keyData = String(converted.split(separator: " ")[1])
        #expect(
            try cli.run("access", "list", "--json").out.contains(
                keyData.trimmingCharacters(in: .whitespacesAndNewlines)))
        // The private part of the .ppk never reaches the store or authorized_keys.
        let ppk = try String(contentsOfFile: jo.ppk, encoding: .utf8)
        let privateLine = try #require(
            ppk.split(separator: "\n").drop { !$0.hasPrefix("Private-Lines") }.dropFirst().first)
        #expect(try cli.run("access", "sync", "--authorized-keys", server.authorizedKeys.path).code == 0)
        let keys = try String(contentsOf: server.authorizedKeys, encoding: .utf8)
        #expect(!keys.contains(String(privateLine)))
        #expect(!cli.snapshotFiles().values.contains { String(decoding: $0, as: UTF8.self).contains(privateLine) })

        let viaPlink = try server.plink(ppk: sam.ppk, ["status"])
        #expect(viaPlink.code == 0, "\(viaPlink.err)\n\(server.log.suffix(2000))")
        #expect(viaPlink.out.contains("Agree the void repairs contract"), "\(viaPlink.out)")
        let team = try server.plink(ppk: jo.ppk, ["status", "--team"])
        #expect(team.code == 0, "\(team.err)")
        #expect(
            team.out.contains("Agree the void repairs contract") == false && team.out.contains("alex"), "\(team.out)")
    }
}
