import Foundation
import Testing
import WeekboardTestSupport

extension AccessCLITests {
    @Test("an authorized_keys path inside the store is refused as export --out is, however it is spelt")
    func authorizedKeysInsideStore() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("access", "add", "sam", "--key", Self.sam, "--role", "viewer").code == 0)
        let link = cli.store.deletingLastPathComponent().appendingPathComponent(cli.store.lastPathComponent + "-ln")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: cli.store)
        defer { try? FileManager.default.removeItem(at: link) }
        let before = cli.snapshotFiles()
        let targets = [
            cli.store.path + "/access.json", cli.store.path + "/authorized_keys",
            cli.store.path + "/.ssh/authorized_keys", cli.store.path + "/people/../authorized_keys",
            link.path + "/authorized_keys", link.path + "/new/.ssh/authorized_keys",
        ]
        for target in targets {
            let r = try cli.run("access", "sync", "--authorized-keys", target)
            #expect(r.code == 1, "\(target)")
            #expect(r.err.contains("is inside the store"), "\(target): \(r.err)")
            #expect(r.err.contains("--authorized-keys writes only outside it (nothing was written)"), "\(r.err)")
            #expect(cli.snapshotFiles() == before, "\(target) changed the store")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.store.path + "/.ssh"))
        let list = try cli.run("access", "list")
        #expect(list.code == 0 && !list.out.contains("authorized_keys:"), "\(list.out)")
    }
}
