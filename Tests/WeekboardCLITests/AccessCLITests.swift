import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: access add, list, role, remove and sync")
struct AccessCLITests {
    static let priya = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8FRl1RV6BO3JxtWtaq4f3XEQC88Wq23u/0m98X4FWx priya@laptop"
    static let sam = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGoaoQnUEroXo36uWr+IS/NX/4t6vhZBivQVTw8apVnN sam"

    @Test("grants are journalled, listed and written into the marked block; other lines are kept byte for byte")
    func grantAndSync() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let dir = cli.store.deletingLastPathComponent().appendingPathComponent("ak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let keys = dir.appendingPathComponent(".ssh/authorized_keys")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
        // The admin's own lines, one with a CR and a byte that is not UTF-8, and no final newline.
        let mine = Data("ssh-ed25519 AAAA admin@host\r\n# mine \u{00e9}".utf8) + Data([0xFF])
        try mine.write(to: keys)
        let keyFile = dir.appendingPathComponent("priya.pub")
        try (Self.priya + "\n").write(to: keyFile, atomically: true, encoding: .utf8)

        let add = try cli.run("access", "add", "priya", "--key", keyFile.path, "--role", "editor")
        #expect(add.code == 0, "\(add.err)")
        #expect(add.out.hasPrefix("Granted priya editor access (ssh-ed25519).\n"))
        #expect(
            try cli.run("access", "add", "sam", "--key", "-", "--role", "viewer", "--person", "sam.k", stdin: Self.sam)
                .code == 0)
        let sync = try cli.run("access", "sync", "--authorized-keys", keys.path)
        #expect(
            sync.out == "authorized_keys for SSH access: \(keys.path).\nWrote 2 keys to \(keys.path).\n", "\(sync.err)")
        var written = try Data(contentsOf: keys)
        #expect(written.prefix(mine.count) == mine)
        let block = String(decoding: written.dropFirst(mine.count), as: UTF8.self).split(separator: "\n")
        #expect(block.first == "# weekboard: begin" && block.last == "# weekboard: end")
        #expect(block[2].hasPrefix("command=\"'/"))
        #expect(block[2].hasSuffix("' --store '\(cli.store.path)' gate --as priya\",restrict,pty \(Self.priya)"))
        #expect(block[3].contains("gate --as sam\",restrict,pty \(Self.sam)"))
        let mode = try FileManager.default.attributesOfItem(atPath: keys.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // A change rewrites the file (its path is remembered); lines after the block stay too.
        try (written + Data("no-newline-after".utf8)).write(to: keys)
        #expect(
            try cli.run("access", "role", "sam", "editor").out
                == "sam is now an editor.\nWrote 2 keys to \(keys.path).\n")
        let removed = try cli.run("access", "remove", "priya")
        #expect(removed.out == "Removed priya's access.\nWrote 1 key to \(keys.path).\n")
        written = try Data(contentsOf: keys)
        #expect(written.prefix(mine.count) == mine)
        #expect(written.suffix(17) == Data("\nno-newline-after".utf8))
        #expect(!String(decoding: written, as: UTF8.self).contains("gate --as priya"))

        let list = try cli.run("access", "list")
        #expect(
            list.out
                == "sam  editor  as sam.k  ssh-ed25519 …TVwTw8apVnN  sam\nauthorized_keys: \(keys.path)\n"
                .replacingOccurrences(of: "…TVw", with: "…ivQV"))
        let json =
            try JSONSerialization.jsonObject(with: Data(try cli.run("access", "list", "--json").out.utf8))
            as? [String: Any]
        #expect((json?["entries"] as? [[String: Any]])?.first?["person"] as? String == "sam.k")
        let log = try cli.run("log").out
        #expect(log.contains("alex (cli)  Removed priya's access"), "\(log)")
        #expect(log.contains("alex (cli)  Granted priya editor access"), "\(log)")
        let files = try FileManager.default.attributesOfItem(
            atPath: cli.store.appendingPathComponent("access.json").path)
        #expect(files[.posixPermissions] as? Int == 0o600)
        // Undo never touches access: an editor's key acting as the same person must not change who gets in.
        #expect(try cli.run("undo", "--list").out.contains("access") == false)
    }

    @Test("bad keys, a key granted twice, and unsafe paths are refused with the store untouched")
    func refusals() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("access", "add", "priya", "--key", Self.priya, "--role", "editor").code == 0)
        let before = cli.snapshotFiles()
        func refused(_ args: [String], _ message: String, stdin: String? = nil) throws {
            let r = try cli.run(args, stdin: stdin)
            #expect(r.code != 0, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(cli.snapshotFiles() == before, "\(args) changed the store")
        }
        try refused(["access", "add", "jo", "--key", Self.priya, "--role", "viewer"], "already granted to 'priya'")
        try refused(
            ["access", "add", "jo", "--key", "command=\"sh\" " + Self.sam, "--role", "viewer"], "starts with options")
        try refused(
            ["access", "add", "jo", "--key", "-", "--role", "viewer"], "2 keys", stdin: Self.sam + "\n" + Self.priya)
        try refused(["access", "add", "jo", "--key", "ssh-ed25519 AAAA!!", "--role", "viewer"], "not valid base64")
        try refused(["access", "add", "Jo Bloggs", "--key", Self.sam, "--role", "viewer"], "access name 'Jo Bloggs'")
        try refused(
            ["access", "add", "jo", "--key", Self.sam, "--role", "admin"], "role 'admin' must be viewer or editor")
        try refused(["access", "remove", "nobody"], "no access named 'nobody' (names: priya)")
        try refused(["access", "sync"], "no authorized_keys file yet")

        // A store path that cannot be quoted safely is refused, never written into authorized_keys.
        var odd = CLIRunner()
        odd.env["WEEKBOARD_STORE"] = odd.store.path + "-it's"
        defer { try? FileManager.default.removeItem(atPath: odd.store.path + "-it's") }
        #expect(try odd.run("init").code == 0)
        #expect(try odd.run("access", "add", "sam", "--key", Self.sam, "--role", "viewer").code == 0)
        let keys = odd.store.path + "-ak"
        defer { try? FileManager.default.removeItem(atPath: keys) }
        let r = try odd.run("access", "sync", "--authorized-keys", keys)
        #expect(r.code == 2)
        #expect(r.err.contains("holds the character ', which cannot go safely into authorized_keys"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: keys))
    }
}
