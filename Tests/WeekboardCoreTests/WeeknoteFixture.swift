import Foundation
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

/// Hand-built snapshots for weeknote rule tests, and the demo store at the golden date.
enum WeeknoteFixture {
    static let week = ISOWeek(year: 2026, week: 48)!  // Mon 23 – Sun 29 November 2026
    static let today = CalendarDay(year: 2026, month: 11, day: 24)!
    static let now = Date(timeIntervalSince1970: 1_795_514_400)  // 2026-11-24 10:00 UTC

    static func day(_ d: Int, month: Int = 11) -> CalendarDay { CalendarDay(year: 2026, month: month, day: d)! }

    static func snapshot(
        mine: PersonWeek? = nil, projects: [Project] = [], contacts: [ContactRow] = [],
        streak: Int = 0
    ) -> WeekSnapshot {
        let w = mine ?? PersonWeek(person: "me", week: week)
        return WeekSnapshot(
            storeName: "Test", person: "me", week: week, today: today, mine: w, score: WeekScore(w),
            streak: streak, programmes: ProgrammeRollUp.make(Board(projects: projects)),
            contacts: contacts, team: [])
    }

    static func project(_ name: String, _ history: [(CalendarDay, RAGStatus, String?)], owner: String? = nil) -> Project
    {
        Project(
            name: name, programme: "P", owner: owner,
            history: history.map { StatusUpdate(date: $0.0, status: $0.1, note: $0.2) })
    }

    /// A service with `count` this week against a same-week baseline of `normal`.
    static func row(_ service: String, _ count: Int?, normal: Double?) -> ContactRow {
        ContactRow(
            service: service, count: count,
            baseline: Baseline(value: normal, basis: normal == nil ? .none : .sameWeek(years: 3)), recent: [])
    }

    /// A fresh temporary store (removed with `temp`) filled with the demo for `person` at 2026-11-24.
    static func demoStore(in temp: TempStore, person: String = "me") throws -> Store {
        let store = temp.store("weeknote")
        try DemoStore.fill(store, person: person, today: today, now: now, source: .init(person: person, origin: "test"))
        return store
    }

    static func goldenURL(_ name: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }
}
