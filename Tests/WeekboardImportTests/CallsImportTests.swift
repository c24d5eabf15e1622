import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("Importing into the store")
struct CallsImportTests {
    let temp = TempStore("import")
    static let contacts = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,phone,07700 900123
        23/11/2026 10:00,Repairs,phone,+44 7700 900123
        24/11/2026 11:30,Repairs,phone,0044 7700 900123
        2026-11-24 12:00,Repairs,email,Jo.Bloggs@Example.org
        2026-11-25 12:00,Housing,web,(01632) 960 001
        2026-11-30 08:00,Repairs,phone,withheld
        """

    @Test("per-contact rows become weekly counts per service and channel")
    func aggregates() throws {
        let store = try makeStore(in: temp)
        let s = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(s.outcome == .imported)
        #expect((s.rowsRead, s.contactsImported, s.duplicatesSkipped, s.rowsRejected) == (6, 6, 0, 0))
        #expect(s.weeks == [week("2026-W48"), week("2026-W49")])
        let year = try store.readContactYear(2026)
        // One caller three times in two days (calling again twice) and one by e-mail; the withheld
        // caller of week 49 has no calling-again figure to give.
        #expect(
            year.count(service: "Repairs", week: 48)?.lessImports
                == importedCount([.phone: 3, .email: 1], known: 4, again: 2))
        #expect(year.count(service: "Housing", week: 48)?.lessImports == importedCount([.web: 1], known: 1, again: 0))
        #expect(year.count(service: "Repairs", week: 49)?.lessImports == importedCount([.phone: 1]))
        // The import's identity in each figure it added to, with what it added.
        #expect(year.count(service: "Repairs", week: 48)?.importCounts == [[.phone: 3, .email: 1]])
        #expect(year.count(service: "Repairs", week: 49)?.importCounts == [[.phone: 1]])
    }

    @Test("re-importing the same file, or an overlapping one, never double counts")
    func dedup() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        let before = snapshot(store)

        let again = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((again.contactsImported, again.duplicatesSkipped) == (0, 6))
        #expect(snapshot(store) == before)

        // Overlap: two rows already imported (in other formats and case), one new.
        let overlap = """
            Date Time,Queue,Media,Phone
            23/11/2026 09:00:00,REPAIRS,phone,+447700900123
            2026-11-24T12:00:00,repairs,email,jo.bloggs@example.org
            2026-11-26 16:45,Repairs,phone,07700 900123
            """
        let o = try CallsImport.run(
            data: csv(overlap), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((o.contactsImported, o.duplicatesSkipped) == (1, 2))
        let year = try store.readContactYear(2026)
        #expect(
            year.count(service: "Repairs", week: 48)?.lessImports
                == importedCount([.phone: 4, .email: 1], known: 5, again: 3))
        // Each import is one identity with what it added: the overlapping file added one call.
        #expect(year.count(service: "Repairs", week: 48)?.importCounts == [[.phone: 3, .email: 1], [.phone: 1]])
        #expect(year.services.keys.sorted() == ["Housing", "Repairs"])
    }

    @Test("weekly totals set the figure; importing them again changes nothing")
    func totalsSet() throws {
        let store = try makeStore(in: temp)
        let file =
            "w/c,service,channel,calls\n23/11/2026,Repairs,phone,100\n24/11/2026,Repairs,phone,20\n"
            + "2026-W48,Repairs,email,5\n2026-W48,Housing,,70\n"
        let first = try CallsImport.run(
            data: csv(file), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((first.figuresSet, first.figuresUnchanged) == (3, 0))
        let before = snapshot(store)
        let second = try CallsImport.run(
            data: csv(file), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((second.figuresSet, second.figuresUnchanged) == (0, 3))
        #expect(snapshot(store) == before)
        let year = try store.readContactYear(2026)
        // Rows of one week are summed, then set: 100 + 20 by phone.
        #expect(
            year.count(service: "Repairs", week: 48) == WeeklyCount(total: 125, channels: [.phone: 120, .email: 5]))
        #expect(year.total("Housing", week("2026-W48")) == 70)
    }

    static let withBadRows = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,phone,07700 900123
        not a date,Repairs,phone,07700 900555
        2026-11-23 09:05,Repairs,phone,0770
        2026-11-23 09:10,Housing,phone,07700 900999
        """

    @Test("bad rows import nothing without --skip-bad, and only the good rows with it")
    func allOrNothing() throws {
        let store = try makeStore(in: temp)
        let before = snapshot(store)
        let refused = try CallsImport.run(
            data: csv(Self.withBadRows), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(refused.outcome == .refused)
        #expect(refused.rejects.map(\.line) == [3, 4])
        #expect(refused.lines().contains { $0.contains("Nothing was imported: 2 rows were rejected") })
        #expect(snapshot(store) == before)

        let skipped = try CallsImport.run(
            data: csv(Self.withBadRows), store: store, options: .init(skipBad: true),
            source: .init(person: "alex", origin: "test"))
        #expect(skipped.outcome == .imported)
        #expect((skipped.contactsImported, skipped.rowsRejected) == (2, 2))
        let year = try store.readContactYear(2026)
        #expect(year.total("Repairs", week("2026-W48")) == 1)
        #expect(year.total("Housing", week("2026-W48")) == 1)
    }

    @Test("--dry-run reports what would happen and writes nothing")
    func dryRun() throws {
        let store = try makeStore(in: temp)
        let before = snapshot(store)
        let s = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(dryRun: true),
            source: .init(person: "alex", origin: "test"))
        #expect(s.outcome == .dryRun)
        #expect(s.contactsImported == 6)
        #expect(snapshot(store) == before)
    }

    @Test(
        "an empty or non-CSV file is an error and leaves the store byte-for-byte unchanged",
        arguments: [
            Data(), Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), Data("just some text\n".utf8),
        ])
    func badFileWritesNothing(data: Data) throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        let before = snapshot(store)
        #expect(throws: ImportError.self) {
            try CallsImport.run(
                data: data, store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        }
        #expect(snapshot(store) == before)
    }

    @Test("per-contact rows under a whole-service total are kept for repeat callers, not added, and it says so")
    func wholeTotalCoversContacts() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv("week,service,count\n2026-W48,Repairs,500\n"), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        let s = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(s.outcome == .imported)
        #expect((s.contactsImported, s.rowsRejected) == (6, 0))
        #expect(
            s.notes == [
                "Repairs 2026-W48: 4 contacts kept for repeat callers, not added: the recorded total (500) stands for "
                    + "the whole service"
            ])
        let year = try store.readContactYear(2026)
        #expect(year.total("Repairs", week("2026-W48")) == 500)
        #expect(year.count(service: "Repairs", week: 48)?.sources.imported == [.phone: 3, .email: 1])
        #expect(year.total("Housing", week("2026-W48")) == 1)
        #expect(try RepeatCallers.load(store: store, week: week("2026-W48"))["Repairs"]?.contacts == 4)
        let again = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((again.contactsImported, again.duplicatesSkipped, again.notes) == (0, 6, []))
    }

    @Test("after key rotation, weeks imported under the old key refuse new contacts")
    func rotation() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        try CallerKey.rotate(in: store, source: .init(person: "alex", origin: "test"))
        let s = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(skipBad: true),
            source: .init(person: "alex", origin: "test"))
        #expect(s.contactsImported == 0)
        #expect(s.rowsRejected == 6)
        #expect(s.rejects[0].reason.contains("earlier caller key"))
        #expect(try store.readContactYear(2026).total("Repairs", week("2026-W48")) == 4)
    }

    @Test("rotating with forgetCallers empties every week's tokens and keeps the counts")
    func rotationForgets() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        let oldKey = try #require(try CallerKey.existing(in: store))
        let counts = try store.readContactYear(2026)
        #expect(
            try CallerKey.rotate(in: store, forgetCallers: true, source: .init(person: "alex", origin: "test")) == 2)
        #expect(try CallerKey.existing(in: store)?.id != oldKey.id)
        for w in ["2026-W48", "2026-W49"] {
            let file = try store.read(StoreFiles.callers(week(w)))
            #expect(file.services.isEmpty && file.keyID == nil)
            #expect(try RepeatCallers.load(store: store, week: week(w)).isEmpty)
        }
        #expect(try store.readContactYear(2026) == counts)
    }

    @Test("after the callers are forgotten, importing the same file again counts nothing twice")
    func forgottenCallersReimport() throws {
        let store = try makeStore(in: temp)
        let source = ChangeSource(person: "alex", origin: "test")
        _ = try CallsImport.run(data: csv(Self.contacts), store: store, options: .init(), source: source)
        let counts = try store.readContactYear(2026)
        try CallerKey.rotate(in: store, forgetCallers: true, source: source)
        let again = try CallsImport.run(data: csv(Self.contacts), store: store, options: .init(), source: source)
        #expect((again.outcome, again.contactsImported, again.rowsRejected) == (.imported, 6, 0))
        let year = try store.readContactYear(2026)
        for (service, w) in [("Repairs", 48), ("Housing", 48), ("Repairs", 49)] {
            #expect(year.count(service: service, week: w)?.total == counts.count(service: service, week: w)?.total)
        }
        #expect(try RepeatCallers.load(store: store, week: week("2026-W48"))["Repairs"]?.contacts == 4)
    }

    @Test("a missing store is an error, not created")
    func noStore() {
        let store = Store(
            root: FileManager.default.temporaryDirectory.appendingPathComponent("wb-none-\(UUID().uuidString)"))
        #expect(throws: StoreError.self) {
            try CallsImport.run(
                data: csv(Self.contacts), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        }
        #expect(!FileManager.default.fileExists(atPath: store.root.path))
    }
}
