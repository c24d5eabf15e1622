import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

@Suite("CLI: a store from the first weekboard (format 1) is upgraded on first use")
struct StoreUpgradeCLITests {
    /// Rewrites the demo store as format 1 left it: contacts one file per year, store.json at 1.
    func downgrade(_ cli: CLIRunner) throws {
        let store = Store(root: cli.store)
        for year in Set(store.contactWeeks().map(\.year)) {
            let y = try store.readContactYear(year)
            for w in y.weeks { try FileManager.default.removeItem(at: store.url(StoreFiles.contacts(w).path)) }
            try JSONCoding.encode(y).write(to: store.url("contacts/\(year).json"))
        }
        let url = store.url(StoreFiles.info)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 1").write(
            to: url, atomically: true, encoding: .utf8)
    }

    @Test("status upgrades it with a note and shows the same week; --read-only refuses and changes nothing")
    func upgradeOnFirstUse() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let expected = try cli.run("status")
        #expect(expected.code == 0)
        #expect(expected.out.contains("Repairs"))
        try downgrade(cli)
        let old = cli.snapshotFiles()
        #expect(old.keys.contains("contacts/2026.json"))

        var readOnly = cli
        readOnly.env["WEEKBOARD_READ_ONLY"] = "1"
        let refused = try readOnly.run([])
        #expect(refused.code == 1)
        #expect(refused.err.contains("earlier weekboard (format 1"))
        #expect(cli.snapshotFiles() == old)

        let r = try cli.run("status")
        #expect(r.code == 0)
        #expect(r.err.contains("upgraded the store at \(cli.store.path) from format 1 to 2"))
        #expect(r.out == expected.out)
        let files = cli.snapshotFiles().keys
        #expect(files.contains("contacts/2026-W48.json"))
        #expect(!files.contains { $0.hasPrefix("contacts/") && $0.count == "contacts/2026.json".count })
        // Only once.
        #expect(try cli.run("status").err.isEmpty)
    }
}
