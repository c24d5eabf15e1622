import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

/// Repeat callers from a real per-contact import, as `status` and `status --json` show them.
@Suite("Repeat callers in status")
struct StatusRepeatCallersTests {
    let temp = TempStore("import")
    static let today = CalendarDay(year: 2026, month: 11, day: 24)!

    /// Parking one row per contact (callers with 7, 5, 3, 2 and 1 contacts, one withheld);
    /// Repairs as a weekly total.
    static func importWeek(_ store: Store) throws {
        var text = "Date/Time,Service,Caller ID\n"
        for (n, times) in [7, 5, 3, 2, 1].enumerated() {
            for t in 0..<times {
                text += String(format: "%02d/11/2026 %02d:%02d,Parking,07700 9%05d\n", 23 + t % 5, 9 + n, t, n)
            }
        }
        text += "24/11/2026 16:00,Parking,withheld\n"
        let summary = try CallsImport.run(
            data: csv(text), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(summary.contactsImported == 19)
        _ = try CallsImport.run(
            data: csv("week,service,channel,count\n2026-W48,Repairs,phone,5500\n"), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
    }

    @Test("status prints the sentence under the service; a totals-only service gets none")
    func text() throws {
        let store = try makeStore(in: temp)
        try Self.importWeek(store)
        let snap = try WeekSnapshot.load(store: store, person: "alex", week: week("2026-W48"), today: Self.today)
        let lines = StatusText(snap, width: 100).lines.map(\.plain)
        let parking = try #require(lines.firstIndex { $0.hasPrefix("  Parking") })
        #expect(lines[parking].contains("19"))
        let refs = try #require(RepeatCallers.load(store: store, week: week("2026-W48"))["Parking"]).top.map(\.ref)
        #expect(refs.count == 3)
        #expect(
            lines[parking + 1]
                == "    3 repeat callers made 79% of 19 contacts: \(refs[0]) ×7, \(refs[1]) ×5, \(refs[2]) ×3")
        let repairs = try #require(lines.firstIndex { $0.hasPrefix("  Repairs") })
        #expect(!lines[repairs + 1].contains("repeat caller"))
        // No caller value reaches the output, in any form.
        #expect(!lines.joined().contains("7700"))
    }

    @Test("status --json has a repeatCallers object per contact row that has one")
    func json() throws {
        let store = try makeStore(in: temp)
        try Self.importWeek(store)
        let snap = try WeekSnapshot.load(store: store, person: "alex", week: week("2026-W48"), today: Self.today)
        let data = try JSONEncoder().encode(StatusReport(snap, labelStyle: .dotted))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let rows = try #require(object?["contacts"] as? [[String: Any]])
        let parking = try #require(
            rows.first { $0["service"] as? String == "Parking" }?["repeatCallers"] as? [String: Any])
        #expect(parking["contacts"] as? Int == 19)
        #expect(parking["callers"] as? Int == 5)
        #expect(parking["repeatCallers"] as? Int == 3)
        #expect(parking["repeatContacts"] as? Int == 15)
        #expect(parking["sharePercent"] as? Double == 78.9)
        let top = try #require(parking["top"] as? [[String: Any]])
        #expect(top.map { $0["contacts"] as? Int } == [7, 5, 3])
        #expect(top.allSatisfy { ($0["ref"] as? String)?.count == 6 })
        let repairs = try #require(rows.first { $0["service"] as? String == "Repairs" })
        #expect(repairs["repeatCallers"] == nil)
    }

    @Test("a store that never had a per-contact import shows no repeat callers and gains no callers folder")
    func noCallers() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv("week,service,channel,count\n2026-W48,Repairs,phone,5500\n"), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        let snap = try WeekSnapshot.load(store: store, person: "alex", week: week("2026-W48"), today: Self.today)
        #expect(snap.repeatCallers.isEmpty)
        #expect(!StatusText(snap).lines.map(\.plain).joined().contains("repeat"))
        #expect(!FileManager.default.fileExists(atPath: store.url("callers").path))
    }
}
