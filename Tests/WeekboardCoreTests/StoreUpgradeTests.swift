import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

/// A store written by weekboard's first format (contacts one file per year) is converted to one
/// file per week before anything reads or writes it, and a crash at any point of that loses nothing.
@Suite("Store upgrade: format 1 (contacts by year) to format 2 (by week)")
struct StoreUpgradeTests {
    let temp = TempStore("upgrade")
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    /// Writes a format-1 store by hand, as the first weekboard left it.
    func formatOneStore() throws -> Store {
        let s = temp.store("upgrade")
        try FileManager.default.createDirectory(at: s.url("contacts"), withIntermediateDirectories: true)
        var info = StoreInfo(name: "Old", createdAt: now)
        info.schemaVersion = 1
        try JSONCoding.encode(info).write(to: s.url(StoreFiles.info))
        try Data().write(to: s.url(StoreFiles.lock))
        for y in [2025, 2026] {
            var year = ContactYear(year: y)
            for w in [1, 10, 47, 48] where y == 2025 || w <= 48 {
                year.set(
                    service: "Repairs", week: w,
                    WeeklyCount(
                        total: 1000 * (y - 2024) + w,
                        channels: [.phone: 900 * (y - 2024) + w, .web: 100 * (y - 2024)]))
            }
            year.set(service: "Council Tax", week: 48, WeeklyCount(total: 700 + y - 2025))
            try JSONCoding.encode(year).write(to: s.url("contacts/\(y).json"))
        }
        return s
    }

    func files(_ s: Store) throws -> [String: Data] { StoreSnapshot.files(s.root) }

    @Test("reading an old store without upgrading is a clear error and changes nothing")
    func readingOldStoreRefuses() throws {
        let s = try formatOneStore()
        let before = try files(s)
        #expect(try s.needsUpgrade())
        #expect {
            _ = try WeekSnapshot.load(store: s, person: "alex", week: week, today: today)
        } throws: { error in
            "\(error)".contains("earlier weekboard (format 1") && "\(error)".contains("Nothing was changed")
        }
        #expect(try files(s) == before)
    }

    @Test("upgrading writes one file per week with the same figures, removes the year files, then says format 2")
    func upgradeConverts() throws {
        let s = try formatOneStore()
        let note = try s.upgradeIfNeeded()
        #expect(note?.contains("from format 1 to 2") == true)
        #expect(try s.info().schemaVersion == 2)
        #expect(try s.upgradeIfNeeded() == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: s.url("contacts").path).sorted()
        #expect(
            names == [
                "2025-W01.json", "2025-W10.json", "2025-W47.json", "2025-W48.json",
                "2026-W01.json", "2026-W10.json", "2026-W47.json", "2026-W48.json",
            ])
        let w48 = try s.readContactWeek(week)
        #expect(w48.services["Repairs"] == WeeklyCount(total: 2048, channels: [.phone: 1848, .web: 200]))
        #expect(w48.services["Council Tax"]?.total == 701)
        // What a user sees: this week against the same week last year.
        let snap = try WeekSnapshot.load(store: s, person: "alex", week: week, today: today)
        let repairs = try #require(snap.contacts.first { $0.service == "Repairs" })
        #expect(repairs.count == 2048)
        #expect(repairs.baseline.value == 1048)
        #expect(repairs.recent.last == 2048)
        #expect(repairs.recent[10] == 2047)
    }

    @Test("a crash part-way (week files written, year files not yet removed) is finished by the next run")
    func crashMidUpgradeIsRepeatable() throws {
        let s = try formatOneStore()
        // As if the first attempt died after writing some week files (one of them stale) and before store.json.
        try JSONCoding.encode(ContactWeek(week: week, services: ["Repairs": WeeklyCount(total: 1)])).write(
            to: s.url("contacts/2026-W48.json"))
        #expect(try s.needsUpgrade())
        try s.upgradeIfNeeded()
        #expect(try s.readContactWeek(week).services["Repairs"]?.total == 2048)
        #expect(!FileManager.default.fileExists(atPath: s.url("contacts/2026.json").path))
        #expect(try s.info().schemaVersion == 2)
    }

    @Test("a change to an old store upgrades it first, under the same lock, then applies the change")
    func writeUpgradesFirst() throws {
        let s = try formatOneStore()
        try s.perform(
            .contacts(.recordCalls(service: "repairs", count: 50, channel: .email)),
            ActionContext(person: "alex", week: week, now: now, today: today))
        #expect(try s.info().schemaVersion == 2)
        let repairs = try #require(try s.readContactWeek(week).services["Repairs"])
        #expect(repairs.channels == [.phone: 1848, .web: 200, .email: 50])
        #expect(repairs.total == 2098)
        #expect(try s.readContactYear(2025).count(service: "Repairs", week: 10)?.total == 1010)
    }

    @Test("a damaged year file stops the upgrade, naming the file, and leaves every file as it was")
    func damagedYearFileStops() throws {
        let s = try formatOneStore()
        try Data("{\"schemaVersion\": 1, \"year\": 2025, \"services\": {\"Repairs\": {\"W48\": {\"total\": -4}}}}".utf8)
            .write(to: s.url("contacts/2025.json"))
        let before = try files(s)
        #expect { try s.upgradeIfNeeded() } throws: {
            "\($0)".contains("contacts/2025.json") && "\($0)".contains("negative")
        }
        #expect(try files(s) == before)
    }

    @Test("a week file holding another week than its name is an error naming it")
    func weekFileNamedWrongly() throws {
        let s = temp.store("upgrade")
        try s.create(name: "New", now: now)
        try FileManager.default.createDirectory(at: s.url("contacts"), withIntermediateDirectories: true)
        try JSONCoding.encode(ContactWeek(week: week.previous, services: ["Repairs": WeeklyCount(total: 5)]))
            .write(to: s.url(StoreFiles.contacts(week).path))
        #expect { _ = try WeekSnapshot.load(store: s, person: "alex", week: week, today: today) } throws: {
            "\($0)".contains("contacts/2026-W48.json") && "\($0)".contains("holds 2026-W47")
        }
    }

    @Test("a week's rows read the same few files however many years are kept")
    func rowsReadABoundedSetOfWeeks() {
        let weeks = Set(ContactWeeks.weeksRead(for: week, baselineYears: 3, sparkWeeks: 12))
        // 12 sparkline weeks (the recent-weeks baseline uses 8 of them), 3 earlier years' same week.
        #expect(weeks.count == 15)
        #expect(weeks.contains(week.adding(weeks: -11)) && !weeks.contains(week.adding(weeks: -12)))
        // `calls list` shows one week but still needs the 8 before it for the fallback baseline.
        #expect(Set(ContactWeeks.weeksRead(for: week, baselineYears: 3, sparkWeeks: 1)).count == 12)
        #expect(weeks.contains(ISOWeek(year: 2023, week: 48)!))
        #expect(!weeks.contains(ISOWeek(year: 2022, week: 48)!))
        // Week 53 is compared with week 52 in a year without one.
        let w53 = ISOWeek(year: 2026, week: 53)!
        #expect(
            Set(ContactWeeks.weeksRead(for: w53, baselineYears: 1, sparkWeeks: 1)).contains(
                ISOWeek(year: 2025, week: 52)!))
    }
}
