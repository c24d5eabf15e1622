import Testing
@testable import WeekboardCore

@Suite("ISO weeks")
struct ISOWeekTests {
    func day(_ s: String) -> CalendarDay { CalendarDay.parse(s)! }

    @Test(
        "year ends: 2020/2021 (2020 has 53 weeks)",
        arguments: [
            ("2020-12-27", "2020-W52"), ("2020-12-28", "2020-W53"), ("2020-12-31", "2020-W53"),
            ("2021-01-01", "2020-W53"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
        ])
    func yearEnd2020(_ date: String, _ week: String) {
        #expect(ISOWeek(containing: day(date)).id == week)
    }

    @Test(
        "year ends: 2026/2027 (2026 has 53 weeks)",
        arguments: [
            ("2026-11-24", "2026-W48"), ("2026-12-27", "2026-W52"), ("2026-12-28", "2026-W53"),
            ("2027-01-01", "2026-W53"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
            ("2025-12-29", "2026-W01"), ("2024-12-30", "2025-W01"),
        ])
    func yearEnd2026(_ date: String, _ week: String) {
        #expect(ISOWeek(containing: day(date)).id == week)
    }

    @Test("weeks in a year")
    func weeksInYear() {
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2021) == 52)
        #expect(ISOWeek.weeksIn(year: 2026) == 53)
        #expect(ISOWeek.weeksIn(year: 2027) == 52)
        #expect(ISOWeek.weeksIn(year: 2015) == 53)
        #expect(ISOWeek(year: 2027, week: 53) == nil)
        #expect(ISOWeek(year: 2026, week: 60) == nil)
        #expect(ISOWeek(year: 2026, week: 0) == nil)
    }

    @Test("Monday, next and previous across year ends")
    func arithmetic() {
        let w53 = ISOWeek(year: 2020, week: 53)!
        #expect(w53.monday == day("2020-12-28"))
        #expect(w53.next.id == "2021-W01")
        #expect(ISOWeek(year: 2021, week: 1)!.previous.id == "2020-W53")
        #expect(ISOWeek(year: 2026, week: 48)!.monday == day("2026-11-23"))
        #expect(ISOWeek(year: 2026, week: 48)!.adding(weeks: 52).id == "2027-W47")
        #expect(ISOWeek(year: 2027, week: 1)!.weeks(since: ISOWeek(year: 2026, week: 48)!) == 6)
    }

    @Test("labels in every style")
    func labels() {
        let w = ISOWeek(year: 2026, week: 48)!
        #expect(WeekLabelStyle.dotted.label(w) == "Week 2026.48 · w/c 23 Nov 2026")
        #expect(WeekLabelStyle.weekFirst.number(w) == "48.2026")
        #expect(WeekLabelStyle.iso.number(w) == "2026-W48")
        #expect(WeekLabelStyle.dotted.number(ISOWeek(year: 2027, week: 3)!) == "2027.03")
    }

    @Test("--week forms")
    func weekSpec() throws {
        let today = day("2026-11-24")
        #expect(try WeekSpec.parse("2026-W48", today: today).id == "2026-W48")
        #expect(try WeekSpec.parse("2026.48", today: today).id == "2026-W48")
        #expect(try WeekSpec.parse("2026-11-29", today: today).id == "2026-W48")
        #expect(try WeekSpec.parse("24/11/2026", today: today).id == "2026-W48")
        #expect(try WeekSpec.parse("this", today: today).id == "2026-W48")
        #expect(try WeekSpec.parse("last", today: today).id == "2026-W47")
        #expect(try WeekSpec.parse("next", today: today).id == "2026-W49")
        #expect(throws: WeekSpec.Invalid.self) { try WeekSpec.parse("2026-W60", today: today) }
        #expect(throws: WeekSpec.Invalid.self) { try WeekSpec.parse("2027-W53", today: today) }
        #expect(throws: WeekSpec.Invalid.self) { try WeekSpec.parse("2026-02-30", today: today) }
        #expect(throws: WeekSpec.Invalid.self) { try WeekSpec.parse("soon", today: today) }
    }

    @Test("calendar days round-trip over four centuries of leap years")
    func civilRoundTrip() {
        for n in stride(from: -200_000, through: 200_000, by: 97) {
            let d = CalendarDay(daysSinceEpoch: n)
            let c = d.components
            #expect(CalendarDay(year: c.year, month: c.month, day: c.day) == d)
        }
        #expect(day("1970-01-01").isoWeekday == 4)
        #expect(day("2000-02-29").iso == "2000-02-29")
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
    }
}
