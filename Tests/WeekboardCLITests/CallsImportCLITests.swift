import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: calls import")
struct CallsImportCLITests {
    /// Input files live beside the store, in a folder each test removes.
    func write(_ cli: CLIRunner, _ name: String, _ bytes: Data) throws -> String {
        let dir = URL(fileURLWithPath: cli.store.path + "-inputs")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    func removeInputs(_ cli: CLIRunner) { try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs") }

    static let contacts = """
        Call Start,Queue,Media,CLI
        23/11/2026 09:00,Repairs,phone,07700 900123
        23/11/2026 10:00,Repairs,phone,+44 7700 900123
        24/11/2026 11:30,Repairs,phone,0044 7700 900123
        bad,Repairs,phone,07700 900777
        """

    @Test("bad rows: nothing imported (exit 2) unless --skip-bad; re-import skips duplicates; callers never printed")
    func importFlow() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); removeInputs(cli) }
        try cli.run("init")
        let file = try write(cli, "calls.csv", Data(Self.contacts.utf8))
        let before = cli.snapshotFiles()

        let refused = try cli.run("calls", "import", file)
        #expect(refused.code == 2)
        #expect(refused.out.contains("Rows read: 4 (one row per contact)"))
        #expect(refused.out.contains("line 5: timestamp is not a date and time"))
        #expect(refused.out.contains("Nothing was imported"))
        #expect(cli.snapshotFiles() == before)

        let dry = try cli.run("calls", "import", file, "--skip-bad", "--dry-run")
        #expect(dry.code == 0 && dry.out.contains("Dry run: nothing was written"))
        #expect(cli.snapshotFiles() == before)

        let ok = try cli.run("calls", "import", file, "--skip-bad")
        #expect(ok.code == 0)
        #expect(ok.out.contains("Contacts imported: 3") && ok.out.contains("Rows rejected: 1"))
        let again = try cli.run("calls", "import", file, "--skip-bad")
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 3"))

        for r in [refused, dry, ok, again] { #expect(!(r.out + r.err).contains("7700")) }
        let list = try cli.run("calls", "list", "--weeks", "1", "--week", "2026-W48")
        #expect(list.out.contains("Repairs") && list.out.contains(" 3 "))
    }

    @Test("an empty or binary file is an error on stderr and writes nothing")
    func notCSV() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); removeInputs(cli) }
        try cli.run("init")
        let empty = try write(cli, "empty.csv", Data())
        let binary = try write(cli, "export.csv", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))
        let before = cli.snapshotFiles()
        let e = try cli.run("calls", "import", empty)
        #expect(e.code == 2 && e.err.contains("the file is empty"))
        let b = try cli.run("calls", "import", binary)
        #expect(b.code == 2 && b.err.contains("not a CSV text file"))
        #expect(cli.snapshotFiles() == before)
    }
}
