import Foundation
import Testing
@testable import WeekboardCore

/// The forms people type for a week or a date, on Tuesday 24 November 2026 (2026-W48).
@Suite("Week and date forms")
struct WeekAndDateFormsTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 24)!

    @Test(arguments: [
        ("48", "2026-W48"), ("W47", "2026-W47"), ("w49", "2026-W49"), ("48.2026", "2026-W48"), ("2026.48", "2026-W48"),
        ("2026-W48", "2026-W48"), ("+2", "2026-W50"), ("-1", "2026-W47"), ("fri", "2026-W48"), ("next fri", "2026-W49"),
        ("+2w", "2026-W50"), ("last", "2026-W47"),
    ])
    func weekForms(text: String, id: String) throws {
        #expect(try WeekSpec.parse(text, today: Self.today).id == id)
    }

    @Test func aBareWeekNumberMeansTheNearestYearsWeek() throws {
        let january = CalendarDay(year: 2027, month: 1, day: 5)!
        #expect(try WeekSpec.parse("48", today: january).id == "2026-W48")
        #expect(try WeekSpec.parse("2", today: january).id == "2027-W02")
    }

    @Test(arguments: [
        ("fri", "2026-11-27"), ("tue", "2026-11-24"), ("mon", "2026-11-30"), ("next fri", "2026-12-04"),
        ("Friday", "2026-11-27"), ("+2w", "2026-12-08"), ("+10d", "2026-12-04"), ("today", "2026-11-24"),
        ("tomorrow", "2026-11-25"), ("04/12/2026", "2026-12-04"), ("2026-12-04", "2026-12-04"),
    ])
    func dateForms(text: String, iso: String) throws {
        #expect(try DateSpec.parse(text, today: Self.today).iso == iso)
    }

    @Test func errorsNameTheAcceptedForms() {
        #expect {
            try WeekSpec.parse("60", today: Self.today)
        } throws: { "\($0)".contains("weeks 1 to 52 or 53") }
        #expect {
            try WeekSpec.parse("soon", today: Self.today)
        } throws: { "\($0)".contains("48 or W48") && "\($0)".contains("fri") }
        #expect {
            try DateSpec.parse("someday", today: Self.today)
        } throws: { "\($0)".contains("next fri, +2w") }
        #expect(throws: DateSpec.Invalid.self) { try DateSpec.parse("+100000000w", today: Self.today) }
    }
}
