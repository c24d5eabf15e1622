import Foundation
import Testing
import WeekboardTestSupport

/// Any other system's export through a mapping (`--map FILE` or the config's `callsMappings`), and
/// `calls import --explain`, through the real binary.
@Suite("CLI: calls import with a mapping, and --explain")
struct ContactExportMappingTests {
    let files = ContactExportImportTests()

    /// A system weekboard does not know: semicolons, US dates with AM/PM, a direction column, a repeated row.
    static let genesys = """
        Interaction;Started;Queue;Media;From;Direction;Handle;Abandoned
        I-1;11/23/2026 9:15 AM;Housing;Voice;07700 900123;Inbound;125;no
        I-2;11/23/2026 1:15 PM;Housing;Email;resident@example.org;Inbound;0;yes
        I-3;11/24/2026 2:00 PM;Housing;Voice;07700 900124;Outbound;60;no
        I-4;11/27/2026 12:05 PM;Parking;Voice;07700 900124;inbound;30;no
        I-1;11/23/2026 9:15 AM;Housing;Voice;07700 900123;Inbound;125;no

        """

    static let mapping = """
        {"name": "Genesys", "time": "Started", "timeFormat": "MM/dd/yyyy h:mm a", "service": "Queue",
         "channel": "Media", "caller": "From", "identity": "Interaction",
         "counts": {"column": "Direction", "is": ["Inbound"]}, "duration": "Handle",
         "abandoned": {"column": "Abandoned", "is": ["yes"]}}
        """

    @Test("--map FILE: its columns, its rows; a re-import adds nothing; the same mapping in the config needs no flag")
    func mapped() throws {
        let cli = try files.makeCLI()
        defer { files.cleanUp(cli) }
        let file = try files.write(cli, "interactions.csv", Self.genesys)
        let map = try files.write(cli, "genesys.json", Self.mapping)
        let r = try cli.run("calls", "import", file, "--map", map)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Read as: mapping 'Genesys'"))
        #expect(r.out.contains("3 contacts; skipped 1 repeated record, 1 row the mapping does not count"))
        #expect(try files.imported(cli, "2026-W48") == ["Housing": ["phone": 1, "email": 1], "Parking": ["phone": 1]])
        let callers = files.callerText(cli)
        #expect(callers.contains(":125\"") && callers.contains(":abandoned\"") && callers.contains(":30\""))

        // The mapping in the config: recognised from the file's columns, no flag needed.
        let dir = URL(fileURLWithPath: cli.store.path + "-config/weekboard")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("{\"callsMappings\": [\(Self.mapping)]}".utf8).write(to: dir.appendingPathComponent("config.json"))
        let again = try cli.run("calls", "import", file)
        #expect(again.out.contains("Read as: mapping 'Genesys'"))
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 3"))
        files.expectNoCallers(cli, [r, again], ["7700900123", "7700 900123", "resident@example.org"])
    }

    @Test("a mapping the file does not fit, a bad mapping, bad service lines: each a clear error, nothing written")
    func refusals() throws {
        let cli = try files.makeCLI()
        defer { files.cleanUp(cli) }
        let file = try files.write(cli, "interactions.csv", Self.genesys)
        let before = cli.snapshotFiles()
        let other = try files.write(
            cli, "other.json", #"{"name": "Avaya CMS", "time": "Segment Start", "service": "Split"}"#)
        let a = try cli.run("calls", "import", file, "--map", other)
        #expect(a.code == 2 && a.err.contains("lacks the columns the mapping 'Avaya CMS' names: Segment Start, Split"))
        let bad = try files.write(
            cli, "bad.json", #"{"name": "X", "time": "Started", "counts": {"column": "Direction", "is": []}}"#)
        let b = try cli.run("calls", "import", file, "--map", bad)
        #expect(b.code != 0 && b.err.contains("counts.is is empty"))
        let teams = try files.write(cli, "teams.csv", ContactExportFixtures.teams)
        let c = try cli.run("calls", "import", teams, "--map", try files.write(cli, "g.json", Self.mapping))
        #expect(c.code == 2 && c.err.contains("looks like a Microsoft Teams PSTN usage report"))
        #expect(c.err.contains("which weekboard reads without a mapping"))
        // Without a mapping, an unknown export's error says how to write one.
        let d = try cli.run("calls", "import", file)
        #expect(d.code == 2 && d.err.contains("no recognisable header") && d.err.contains("--map FILE"))
        #expect(cli.snapshotFiles() == before)

        let dir = URL(fileURLWithPath: cli.store.path + "-config/weekboard")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(#"{"serviceLines": {"123": "Repairs"}}"#.utf8).write(to: dir.appendingPathComponent("config.json"))
        let e = try cli.run("calls", "import", file)
        #expect(e.code != 0 && e.err.contains("serviceLines") && e.err.contains("six digits"))
    }

    @Test("--explain: each column's use, what counts, five sample rows with callers only as tokens; writes nothing")
    func explain() throws {
        let cli = try files.makeCLI(config: ContactExportImportTests.config)
        defer { files.cleanUp(cli) }
        let teams = try files.write(cli, "teams.csv", ContactExportFixtures.teams)
        let before = cli.snapshotFiles()
        let r = try cli.run("calls", "import", "--explain", teams)
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Read as: Microsoft Teams PSTN usage report (its header has Call Type, User Display Name and "
                + "Caller ID).")
        #expect(
            lines.contains {
                $0.hasPrefix("  Call Type ")
                    && $0.hasSuffix("which rows count: ucap_in (into a call queue or auto attendant)")
            })
        #expect(lines.contains { $0.hasPrefix("  UsageId ") && $0.hasSuffix("not used") })
        #expect(lines.contains { $0.hasPrefix("  Caller ID ") && $0.contains("caller (kept only as a token") })
        #expect(
            r.out.contains(
                "In this file: 13 rows, 8 contacts; skipped 2 calls not into a queue, 2 outbound, 1 repeated record."))
        let samples = lines.filter { $0.hasPrefix("  line ") }
        #expect(samples.count == 5)
        // The alias applies; the caller is a token, or withheld.
        #expect(samples[0].hasPrefix("  line 2: 2026-11-23 09:15 (2026-W48) · Repairs · phone · caller "))
        #expect(samples[2].contains("caller withheld"))
        #expect(lines.last == "Nothing was written.")
        #expect(cli.snapshotFiles() == before)
        files.expectNoCallers(cli, [r], ["7700900123", "sip-trunk", "1632960001"])

        // SMDR has no header: its fields are explained by position.
        let smdr = try cli.run(
            "calls", "import", "--explain", try files.write(cli, "smdr.txt", ContactExportFixtures.smdr))
        #expect(smdr.out.contains("Fields (no header; by position):"))
        #expect(smdr.out.contains("  Dialled Number  service, through serviceLines"))
        #expect(cli.snapshotFiles() == before)
    }
}
