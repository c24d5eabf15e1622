import Foundation
import Testing
import WeekboardTestSupport

/// Recorded totals (`calls record`, a totals file) and contacts imported one by one in one week,
/// and the config's service aliases.
@Suite("CLI: recorded totals beside imported contacts; service aliases")
struct CLICallsSourcesTests {
    static let perContact = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,email,a@example.org
        2026-11-23 09:00,Repairs,phone,07700 900123
        2026-11-23 09:05,Repairs,email,b@example.org
        2026-11-24 10:00,Repairs,phone,07700 900124
        2026-11-24 10:00,Council Tax,phone,07700 900125

        """

    func write(_ cli: CLIRunner, _ name: String, _ text: String) throws -> String {
        let path = cli.store.path + "-\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func cleanUp(_ cli: CLIRunner) {
        cli.cleanUp()
        for extra in ["-config", "-contacts.csv", "-totals.csv"] {
            try? FileManager.default.removeItem(atPath: cli.store.path + extra)
        }
    }

    /// service → (count, channels) from `status --json`.
    func contacts(_ cli: CLIRunner) throws -> [String: (Int?, [String: Int]?)] {
        var out: [String: (Int?, [String: Int]?)] = [:]
        for row in try cli.statusJSON()["contacts"] as? [[String: Any]] ?? [] {
            if let s = row["service"] as? String { out[s] = (row["count"] as? Int, row["channels"] as? [String: Int]) }
        }
        return out
    }

    @Test("a recorded channel and imported contacts add up; calls record over imports says how they combine; undo")
    func sideBySide() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        try cli.run("calls", "record", "Repairs", "120", "--channel", "web")
        let file = try write(cli, "contacts.csv", Self.perContact)
        let imported = try cli.run("calls", "import", file)
        #expect(
            imported.code == 0 && imported.out.contains("Contacts imported: 5\nDuplicates skipped: 0\nRows rejected: 0")
        )
        var now = try contacts(cli)
        #expect(now["Repairs"]?.0 == 124)
        #expect(now["Repairs"]?.1 == ["web": 120, "email": 2, "phone": 2])

        let before = cli.snapshotFiles()
        let recorded = try cli.run("calls", "record", "repairs", "50", "--channel", "phone")
        #expect(
            recorded.out == """
                Repairs (phone): 50 contacts recorded for week 48; total 172 (phone 50 recorded, email 2 imported, \
                web 120 recorded); a recorded total stands in place of its channel's imported contacts (2 kept for \
                repeat callers).

                """, "\(recorded.err)")
        now = try contacts(cli)
        #expect(now["Repairs"]?.0 == 172)
        #expect(now["Repairs"]?.1 == ["web": 120, "email": 2, "phone": 50])

        // Importing again counts nothing and leaves the recorded total in place.
        let again = try cli.run("calls", "import", file)
        #expect(again.code == 0 && again.out.contains("Contacts imported: 0\nDuplicates skipped: 5"))
        #expect(try contacts(cli)["Repairs"]?.0 == 172)

        let whole = try cli.run("calls", "record", "council tax", "10")
        #expect(
            whole.out == """
                Council Tax: 10 contacts recorded for week 48; total 10: a total without a channel stands for the \
                whole service, in place of its 1 imported contact (kept for repeat callers).

                """)
        #expect(try contacts(cli)["Council Tax"]?.0 == 10)
        #expect(try cli.run("undo").code == 0)
        #expect(try contacts(cli)["Council Tax"]?.0 == 1)
        #expect(try cli.run("undo").code == 0)
        #expect(
            cli.snapshotFiles().filter { $0.key.hasPrefix("contacts/") }
                == before.filter {
                    $0.key.hasPrefix("contacts/")
                })
    }

    @Test("imported contacts on a channel with a recorded total are kept for repeat callers, not added, and it says so")
    func importUnderRecordedTotal() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        try cli.run("calls", "record", "Repairs", "40", "--channel", "phone")
        let r = try cli.run("calls", "import", try write(cli, "contacts.csv", Self.perContact))
        #expect(r.code == 0)
        #expect(
            r.out.contains(
                "Repairs 2026-W48: 2 contacts kept for repeat callers, not added: recorded totals stand for phone"),
            "\(r.out)")
        #expect(!r.out.contains("Rows rejected: 1"))
        let now = try contacts(cli)
        #expect(now["Repairs"]?.0 == 42)
        #expect(now["Repairs"]?.1 == ["phone": 40, "email": 2])
        // The repeat-caller figures count every imported contact.
        let rows = try cli.statusJSON()["contacts"] as? [[String: Any]] ?? []
        let repeatCallers = rows.first { $0["service"] as? String == "Repairs" }?["repeatCallers"] as? [String: Any]
        #expect(repeatCallers?["contacts"] as? Int == 4)
    }

    @Test("a whole-service total covers every imported contact; a totals file over imports says so")
    func wholeTotalCovers() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        try cli.run("init")
        try cli.run("calls", "import", try write(cli, "contacts.csv", Self.perContact))
        let totals = try write(cli, "totals.csv", "week,service,channel,count\n2026-W48,Repairs,email,30\n")
        let r = try cli.run("calls", "import", totals)
        #expect(r.code == 0)
        #expect(
            r.out.contains(
                "Repairs 2026-W48: 2 contacts kept for repeat callers, not added: recorded totals stand for email"),
            "\(r.out)")
        #expect(try contacts(cli)["Repairs"]?.1 == ["email": 30, "phone": 2])
        try cli.run("calls", "record", "Council Tax", "25")
        #expect(try contacts(cli)["Council Tax"]?.0 == 25)
        #expect(try cli.run("calls", "import", try write(cli, "contacts.csv", Self.perContact)).code == 0)
        #expect(try contacts(cli)["Council Tax"]?.0 == 25)
    }

    @Test("bad mixes are clear errors that write nothing")
    func badMixes() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        try cli.run("calls", "import", try write(cli, "contacts.csv", Self.perContact))
        try cli.run("calls", "record", "Council Tax", "25")
        try cli.run("calls", "record", "Repairs", "40", "--channel", "phone")
        let before = cli.snapshotFiles()
        let perChannel = try cli.run("calls", "record", "Council Tax", "5", "--channel", "email")
        #expect(perChannel.code == 2)
        #expect(
            perChannel.err.contains(
                "Council Tax already has a total of 25 for week 48 without channels; record it again without --channel"
            ), "\(perChannel.err)")
        let whole = try cli.run("calls", "record", "Repairs", "90")
        #expect(whole.code == 2)
        #expect(whole.err.contains("Repairs has per-channel counts for week 48; use --channel to change one"))
        #expect(cli.snapshotFiles() == before)
    }

    @Test("service aliases in the config: calls record, calls import, rename and remove land on the service")
    func aliases() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        let config = cli.store.path + "-config/weekboard"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try #"{"serviceAliases": {"Repairs": ["Housing repairs", "Repair"]}}"#.write(
            toFile: config + "/config.json", atomically: true, encoding: .utf8)
        let r = try cli.run("calls", "record", "housing REPAIRS", "60", "--channel", "in-person")
        #expect(r.out == "Repairs (in-person): 60 contacts recorded for week 48; total 60.\n", "\(r.err)")
        let totals = try write(
            cli, "totals.csv", "week,service,channel,count\n2026-W48,Repair,email,7\n2026-W48,Housing Repairs,web,9\n")
        #expect(try cli.run("calls", "import", totals).code == 0)
        let contactsFile = """
            timestamp,service,channel,caller
            2026-11-23 09:00,Housing repairs,phone,07700 900123
            2026-11-23 09:00,Repair,phone,07700 900124

            """
        #expect(try cli.run("calls", "import", try write(cli, "contacts.csv", contactsFile)).code == 0)
        #expect(try contacts(cli).mapValues(\.0) == ["Repairs": 78])
        #expect(try contacts(cli)["Repairs"]?.1 == ["in-person": 60, "email": 7, "web": 9, "phone": 2])
        #expect(
            try cli.run("calls", "remove", "repair").out == "Removed Repairs' figure for 2026-W48 (78 contacts).\n")
        #expect(try cli.run("undo").code == 0)
        #expect(
            try cli.run("calls", "rename", "Housing repairs", "Responsive repairs").out
                == "Renamed the service Repairs to Responsive repairs (1 week).\n")

        // An alias that is another service's name, or given to two services, is a config error naming the field.
        try #"{"serviceAliases": {"Repairs": ["Parking"], "Parking": []}}"#.write(
            toFile: config + "/config.json", atomically: true, encoding: .utf8)
        let before = cli.snapshotFiles()
        let bad = try cli.run("calls", "record", "Parking", "3")
        #expect(bad.code == 1)
        #expect(
            bad.err.contains("field serviceAliases: 'Parking' is a service of its own, so it cannot be an alias"),
            "\(bad.err)")
        try #"{"serviceAliases": {"Repairs": ["Repair"], "Parking": ["repair "]}}"#.write(
            toFile: config + "/config.json", atomically: true, encoding: .utf8)
        let twice = try cli.run("calls", "record", "Parking", "3")
        #expect(twice.code == 1 && twice.err.contains("'Repair' is an alias of both 'Parking' and 'Repairs'"))
        #expect(cli.snapshotFiles() == before)
    }

    @Test("calls list --by-channel shows each service's channels where recorded; --json gives them too")
    func listByChannel() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        try cli.run("calls", "record", "Repairs", "1,200", "--channel", "phone")
        try cli.run("calls", "record", "Repairs", "300", "--channel", "web chat")
        try cli.run("calls", "record", "Housing", "90")
        let r = try cli.run("calls", "list", "--weeks", "1", "--by-channel")
        #expect(
            r.out == """
                2026-W48
                  Repairs                1,500  normal       -         no earlier figures
                    phone 1,200, web 300
                  Housing                   90  normal       -         no earlier figures
                    no channels recorded

                """, "\(r.out)")
        #expect(!(try cli.run("calls", "list", "--weeks", "1").out.contains("phone")))
        let json = try cli.run("calls", "list", "--weeks", "1", "--json")
        let data = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let services = ((data?["weeks"] as? [[String: Any]])?.first?["services"] as? [[String: Any]]) ?? []
        #expect(
            services.first { $0["service"] as? String == "Repairs" }?["channels"] as? [String: Int] == [
                "phone": 1200, "web": 300,
            ])
        #expect(services.first { $0["service"] as? String == "Housing" }?["channels"] == nil)
    }

    @Test("calls record and calls remove give counts with thousands separators, as calls list and status do")
    func thousands() throws {
        let cli = CLIRunner()
        defer { cleanUp(cli) }
        #expect(
            try cli.run("calls", "record", "Repairs", "3,410", "--channel", "phone").out
                == "Repairs (phone): 3,410 contacts recorded for week 48; total 3,410.\n")
        #expect(
            try cli.run("calls", "record", "Repairs", "1200", "--channel", "web").out
                == "Repairs (web): 1,200 contacts recorded for week 48; total 4,610.\n")
        #expect(
            try cli.run("calls", "remove", "Repairs").out == "Removed Repairs' figure for 2026-W48 (4,610 contacts).\n"
        )
        #expect(try cli.run("undo").out == "Undid: Removed Repairs' figure for 2026-W48 (4,610 contacts)\n")
    }
}
