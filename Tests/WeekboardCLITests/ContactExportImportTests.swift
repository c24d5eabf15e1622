import Foundation
import Testing
import WeekboardTestSupport

/// The four telephony systems' exports, written by `ContactExportFixtures` from their real header rows,
/// imported through the real binary with no flags: exact counts per service and channel, the summary's
/// skipped records, re-imports that add nothing, and callers never shown or stored.
@Suite("CLI: calls import of Teams, SMDR, CXone and Connect exports")
struct ContactExportImportTests {
    /// A store with a config (service aliases, service lines) and the machine's zone pinned to London.
    func makeCLI(config: String? = nil) throws -> CLIRunner {
        var cli = CLIRunner()
        cli.env["TZ"] = "Europe/London"
        if let config {
            let dir = URL(fileURLWithPath: cli.store.path + "-config/weekboard")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: dir.appendingPathComponent("config.json"))
        }
        try cli.run("init")
        return cli
    }

    static let config = """
        {"serviceAliases": {"Repairs": ["Repairs Queue"]},
         "serviceLines": {"01632 960100": "Repairs", "+44 1632 960200": "Council Tax"}}
        """

    func write(_ cli: CLIRunner, _ name: String, _ text: String) throws -> String {
        let dir = URL(fileURLWithPath: cli.store.path + "-inputs")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func cleanUp(_ cli: CLIRunner) {
        cli.cleanUp()
        try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs")
        try? FileManager.default.removeItem(atPath: cli.store.path + "-config")
    }

    /// Imported contacts per service and channel in `week`, as stored.
    func imported(_ cli: CLIRunner, _ week: String) throws -> [String: [String: Int]] {
        let url = cli.store.appendingPathComponent("contacts/\(week).json")
        guard let data = try? Data(contentsOf: url) else { return [:] }
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let services = try #require(json["services"] as? [String: [String: Any]])
        return services.compactMapValues { $0["imported"] as? [String: Int] }
    }

    /// The week's caller files, as text (every shard).
    func callerText(_ cli: CLIRunner) -> String {
        StoreSnapshot.files(cli.store).filter { $0.key.hasPrefix("callers/") }.values
            .map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    /// The summary's lines, and no raw caller anywhere in the output or the store.
    func expectNoCallers(_ cli: CLIRunner, _ results: [CLIRunner.Result], _ callers: [String]) {
        let stored = StoreSnapshot.files(cli.store).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for c in callers {
            for r in results { #expect(!(r.out + r.err).contains(c)) }
            #expect(!stored.contains(c))
        }
    }

    @Test("Teams: ucap_in rows count, other call types and a repeated record are skipped; re-import adds nothing")
    func teams() throws {
        let cli = try makeCLI(config: Self.config)
        defer { cleanUp(cli) }
        let file = try write(cli, "PSTN usage report.csv", ContactExportFixtures.teams)
        let first = try cli.run("calls", "import", file)
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.contains("Read as: Microsoft Teams PSTN usage report"))
        #expect(first.out.contains("8 contacts; skipped 2 calls not into a queue, 2 outbound, 1 repeated record"))
        #expect(first.out.contains("Contacts imported: 8"))
        #expect(first.out.contains("1 caller was neither a phone number nor an e-mail address: counted as withheld"))
        // "Repairs Queue" is an alias of Repairs.
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 5], "Council Tax CQ": ["phone": 3]])

        let before = cli.snapshotFiles()
        let again = try cli.run("calls", "import", file)
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 8"))
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 5], "Council Tax CQ": ["phone": 3]])
        #expect(
            cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") }
                == before.filter { !$0.key.hasPrefix("journal/") })

        // A later export overlapping the first: only its two new contacts are added.
        let later = try write(cli, "later.csv", ContactExportFixtures.teamsLater)
        let overlap = try cli.run("calls", "import", later)
        #expect(overlap.out.contains("Contacts imported: 2") && overlap.out.contains("Duplicates skipped: 3"))
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 5], "Council Tax CQ": ["phone": 5]])

        // Handled time kept per contact, beside its key, in the caller data (never synced).
        let callers = callerText(cli)
        for seconds in [":300\"", ":120\"", ":60\"", ":45\"", ":30\"", ":200\"", ":100\"", ":90\"", ":70\"", ":80\""] {
            #expect(callers.contains(seconds), "no measure ending \(seconds)")
        }
        expectNoCallers(cli, [first, again, overlap], ["7700900123", "7700 900123", "1632960001", "sip-trunk"])
    }

    @Test("SMDR: inbound external calls once per Call ID, service from the number dialled; without lines, an error")
    func smdr() throws {
        let bare = try makeCLI()
        defer { cleanUp(bare) }
        let bareFile = try write(bare, "smdr.txt", ContactExportFixtures.smdr)
        let before = bare.snapshotFiles()
        let refused = try bare.run("calls", "import", bareFile)
        #expect(refused.code == 2)
        #expect(refused.err.contains("looks like an Avaya IP Office SMDR file"))
        #expect(refused.err.contains("serviceLines") && refused.err.contains("--service NAME"))
        #expect(bare.snapshotFiles() == before)
        let one = try bare.run("calls", "import", bareFile, "--service", "Switchboard")
        #expect(one.out.contains("4 contacts; skipped 2 outbound, 1 internal call, 2 continuation records"))
        #expect(try imported(bare, "2026-W48") == ["Switchboard": ["phone": 4]])

        let cli = try makeCLI(config: Self.config)
        defer { cleanUp(cli) }
        let file = try write(cli, "smdr.txt", ContactExportFixtures.smdr)
        let r = try cli.run("calls", "import", file)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Read as: Avaya IP Office SMDR file"))
        #expect(
            r.out.contains(
                "3 contacts; skipped 2 outbound, 1 internal call, 2 continuation records, "
                    + "1 call to a number with no service line"))
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 2], "Council Tax": ["phone": 1]])
        let again = try cli.run("calls", "import", file)
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 3"))
        // The continued call's connected time is summed (2:10 + 3:00 + 0:50); the unanswered one is abandoned.
        let callers = callerText(cli)
        #expect(callers.contains(":360\"") && callers.contains(":abandoned\"") && callers.contains(":240\""))
        expectNoCallers(cli, [r, again, refused, one], ["7700900123", "1632960001", "7700900999"])
    }

    @Test("CXone: one contact per master, month-first dates, field names in either case")
    func cxone() throws {
        let cli = try makeCLI()
        defer { cleanUp(cli) }
        let file = try write(cli, "call detail.csv", ContactExportFixtures.cxone())
        let r = try cli.run("calls", "import", file)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Read as: NICE CXone call detail download"))
        #expect(r.out.contains("5 contacts; skipped 1 transfer"))
        #expect(
            try imported(cli, "2026-W48") == [
                "Council Tax": ["phone": 2, "web": 1], "Benefits": ["email": 1],
            ])
        #expect(try imported(cli, "2026-W49") == ["Council Tax": ["phone": 1]])
        // The API's lower-case field names: the same contacts, so nothing is added.
        let lower = try write(cli, "api.csv", ContactExportFixtures.cxone(lowerCase: true))
        let again = try cli.run("calls", "import", lower)
        #expect(again.out.contains("Read as: NICE CXone call detail download"))
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 5"))
        // Agent time with hold added, the transfer's added to its master: 180 + 20 + 60.
        let callers = callerText(cli)
        #expect(callers.contains(":260\"") && callers.contains(":abandoned\"") && callers.contains(":300\""))
        expectNoCallers(cli, [r, again], ["7700900123", "resident@example.org", "Resident@Example.org"])
    }

    @Test("Connect: JSON as Firehose writes it and the flattened CSV count the same contacts once")
    func connect() throws {
        let cli = try makeCLI()
        defer { cleanUp(cli) }
        let json = try write(cli, "records.json", ContactExportFixtures.connectJSON)
        let r = try cli.run("calls", "import", json)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Read as: Amazon Connect contact records file"))
        #expect(
            r.out.contains(
                "4 contacts; skipped 1 outbound, 1 repeated record, 1 transfer, 1 ended before a queue, 1 task"))
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 2, "email": 1], "Council Tax": ["web": 1]])
        let again = try cli.run("calls", "import", json)
        #expect(again.out.contains("Contacts imported: 0") && again.out.contains("Duplicates skipped: 4"))
        let csv = try write(cli, "records.csv", ContactExportFixtures.connectCSV)
        let flat = try cli.run("calls", "import", csv)
        #expect(flat.out.contains("4 contacts; skipped 1 outbound, 1 repeated record, 1 transfer"))
        #expect(flat.out.contains("Contacts imported: 0") && flat.out.contains("Duplicates skipped: 4"))
        // The transfer's agent time is added to its first contact (200 + 100); the e-mail no agent took.
        let callers = callerText(cli)
        #expect(callers.contains(":300\"") && callers.contains(":abandoned\"") && callers.contains(":90\""))
        expectNoCallers(cli, [r, again, flat], ["7700900123", "resident@example.org"])
    }

    @Test("Connect's flattened CSV on its own: the same four contacts; undo takes them back whole")
    func connectCSVFirst() throws {
        let cli = try makeCLI()
        defer { cleanUp(cli) }
        let csv = try write(cli, "records.csv", ContactExportFixtures.connectCSV)
        let r = try cli.run("calls", "import", csv)
        #expect(r.out.contains("Contacts imported: 4"), "\(r.out)\(r.err)")
        #expect(try imported(cli, "2026-W48") == ["Repairs": ["phone": 2, "email": 1], "Council Tax": ["web": 1]])
        #expect(callerText(cli).contains(":300\""))
        // Undo takes the import back whole: counts, tokens, contact keys and measures.
        let undo = try cli.run("undo")
        #expect(undo.code == 0, "\(undo.err)")
        #expect(try imported(cli, "2026-W48").isEmpty)
        #expect(!callerText(cli).contains(":300\"") && !callerText(cli).contains(":abandoned"))
        let again = try cli.run("calls", "import", csv)
        #expect(again.out.contains("Contacts imported: 4"))
    }

    @Test("a file given as another format is refused, naming the format it looks like; nothing is written")
    func mistakenFormat() throws {
        let cli = try makeCLI(config: Self.config)
        defer { cleanUp(cli) }
        let cx = try write(cli, "cx.csv", ContactExportFixtures.cxone())
        let teams = try write(cli, "teams.csv", ContactExportFixtures.teams)
        let json = try write(cli, "ctr.json", ContactExportFixtures.connectJSON)
        let smdr = try write(cli, "smdr.txt", ContactExportFixtures.smdr)
        let before = cli.snapshotFiles()
        let a = try cli.run("calls", "import", "--format", "teams", cx)
        #expect(a.code == 2)
        #expect(a.err.contains("looks like a NICE CXone call detail download, not a Microsoft Teams PSTN usage report"))
        let b = try cli.run("calls", "import", "--format", "smdr", teams)
        #expect(b.err.contains("looks like a Microsoft Teams PSTN usage report, not an Avaya IP Office SMDR file"))
        let c = try cli.run("calls", "import", "--format", "cxone", json)
        #expect(c.err.contains("looks like an Amazon Connect contact records file, not a NICE CXone"))
        let d = try cli.run("calls", "import", "--format", "connect", smdr)
        #expect(d.err.contains("looks like an Avaya IP Office SMDR file, not an Amazon Connect"))
        // A Teams report with its Call Type column deleted: named, with what it lacks.
        let edited = ContactExportFixtures.teams.replacingOccurrences(of: "Call Type,", with: "Kind,")
        let e = try cli.run("calls", "import", try write(cli, "edited.csv", edited))
        #expect(
            e.code == 2
                && e.err.contains("looks like a Microsoft Teams PSTN usage report, but its header lacks Call Type"))
        let f = try cli.run("calls", "import", "--service", "Repairs", teams)
        #expect(f.code == 2 && f.err.contains("--service names the service of an SMDR file"))
        #expect(cli.snapshotFiles() == before)
        expectNoCallers(cli, [a, b, c, d, e, f], ["7700900123"])
    }

    @Test("bad rows of a known export: rejected by line without quoting them (no escapes, no callers); --skip-bad")
    func hostileRows() throws {
        let cli = try makeCLI()
        defer { cleanUp(cli) }
        let rows = ContactExportFixtures.teams.split(separator: "\r\n").map(String.init)
        let t = "2026-11-23T09:00:00Z"
        let escape = ContactExportFixtures.teamsRow(
            20, account: "\u{1B}[31mEvil\u{7}", caller: "+447700900777", type: "ucap_in", start: t, seconds: 1)
        let before = cli.snapshotFiles()
        // Control characters: the whole file is refused, as any text file with them is.
        let binary = try cli.run(
            "calls", "import", try write(cli, "escape.csv", (rows + [escape]).joined(separator: "\n")))
        #expect(
            binary.code == 2 && binary.err.contains("not a CSV text file") && binary.err.contains("control character"))
        #expect(!(binary.outBytes + Data(binary.err.utf8)).contains(0x1B))
        let callerService = ContactExportFixtures.teamsRow(
            21, account: "+44 7700 900888", caller: "+447700900888", type: "ucap_in", start: t, seconds: 1)
        let badTime = ContactExportFixtures.teamsRow(
            22, account: "Repairs Queue", caller: "+447700900999", type: "ucap_in", start: "soon", seconds: 1)
        let file = try write(cli, "bad.csv", (rows + [callerService, badTime]).joined(separator: "\r\n") + "\r\n")
        let refused = try cli.run("calls", "import", file)
        #expect(refused.code == 2)
        #expect(refused.out.contains("Rows rejected: 2"))
        #expect(refused.out.contains("line 15: User Display Name: service looks like a phone number"))
        #expect(refused.out.contains("line 16: Start Time is not an ISO 8601 time"))
        #expect(refused.out.contains("Nothing was imported"))
        #expect(cli.snapshotFiles() == before)
        let ok = try cli.run("calls", "import", file, "--skip-bad")
        #expect(ok.code == 0 && ok.out.contains("Contacts imported: 8"))
        expectNoCallers(cli, [binary, refused, ok], ["7700900777", "7700 900888", "7700900999"])
        #expect(!callerText(cli).contains("Evil"))
    }
}
