import Foundation
import Testing
import WeekboardTestSupport

/// The write after a large import reads a small line (issue 26): the import's entry refers to its
/// contacts, kept beside it in `journal/fields/`, instead of repeating them in the month file.
@Suite("CLI: an import's journal entry stays small; undo and redo of it stay exact")
struct JournalImportEntryCLITests {
    /// The month files' bytes (not the fields kept beside them).
    func monthBytes(_ cli: CLIRunner) -> Int {
        cli.snapshotFiles().filter { $0.key.hasPrefix("journal/") && $0.key.hasSuffix(".jsonl") }.values
            .reduce(0) { $0 + $1.count }
    }

    func callerData(_ cli: CLIRunner) -> [String: Data] {
        cli.snapshotFiles().filter { $0.key.hasPrefix("callers/") || $0.key.hasPrefix("contacts/") }
    }

    @Test("a 25,000-row import adds under 2 KB to the journal; goal set, undo and redo work after it")
    func importThenWrite() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        let fresh = monthBytes(cli)
        var rows = "Timestamp,Service,Channel,Caller\n"
        for i in 0..<25_000 {
            let s = i * 24
            rows += "2026-11-2\(3 + s / 86_400)T\(pad(s / 3600 % 24)):\(pad(s / 60 % 60)):\(pad(s % 60)),"
            rows += "Repairs,phone,07700\(String(900_000 + i % 8_000))\n"
        }
        let file = cli.store.deletingLastPathComponent().appendingPathComponent("contacts-\(UUID().uuidString).csv")
        try rows.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let imported = try cli.run("calls", "import", file.path)
        #expect(imported.code == 0, "\(imported.err)")
        let imports = monthBytes(cli) - fresh
        // Before, the line held every contact key, token and visit: about 1.5 MB for these rows.
        #expect(imports < 2_048, "the import added \(imports) bytes to the month file")
        let afterImport = callerData(cli)

        #expect(try cli.run("goal", "set", "2", "Publish the plan").code == 0)
        #expect(try cli.run("undo").out.contains("Goal 2"))
        let undo = try cli.run("undo")
        #expect(undo.code == 0 && undo.out.contains("Imported 25000 contacts"), "\(undo.out)\(undo.err)")
        #expect(callerData(cli).isEmpty, "every file the import wrote is gone")
        #expect(try cli.run("redo").code == 0)
        #expect(callerData(cli) == afterImport)
        #expect(monthBytes(cli) - fresh < 8_192)
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
