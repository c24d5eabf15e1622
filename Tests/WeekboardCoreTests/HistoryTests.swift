import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite struct HistoryTests {
    let temp = TempStore("history")
    typealias F = WeeknoteFixture

    func week(_ w: ISOWeek, _ states: [GoalState?], focus: Bool = true) -> PersonWeek {
        var pw = PersonWeek(person: "me", week: w)
        if focus { pw.focus = "f" }
        pw.goals = states.map { $0.map { Goal(text: "g", state: $0, changedAt: F.now) } }
        return pw
    }

    @Test func cellsTellAllMetSomeNoneAndNoGoalsApart() {
        let w = F.week
        #expect(HistoryCell(week(w, [.done, .done, .done])) == .allMet)
        #expect(HistoryCell(week(w, [.done, .done, nil])) == .allMet)
        #expect(HistoryCell(week(w, [.done, .nearly, .open])) == .some)
        #expect(HistoryCell(week(w, [.nearly, .dropped, .open])) == .none)
        #expect(HistoryCell(week(w, [nil, nil, nil])) == .noGoals)
        #expect(HistoryCell(PersonWeek(person: "me", week: w)) == .noGoals)
        let symbols = HistoryCell.allCases.map { $0.symbol(unicode: true) }
        let ascii = HistoryCell.allCases.map { $0.symbol(unicode: false) }
        #expect(Set(symbols).count == 4 && Set(ascii).count == 4)
        #expect(ascii.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }

    /// Weeks 45–47 positive, 44 missed, 48 (this week) in progress at 1 of 3.
    func history(weeks: Int = 6, today: CalendarDay = F.today, through: ISOWeek = F.week) throws -> GoalHistory {
        let weeksByID: [ISOWeek: PersonWeek] = [
            F.week: week(F.week, [.done, .open, .open]),
            F.week.adding(weeks: -1): week(F.week.adding(weeks: -1), [.done, .done, .done]),
            F.week.adding(weeks: -2): week(F.week.adding(weeks: -2), [.done, .done, .done]),
            F.week.adding(weeks: -3): week(F.week.adding(weeks: -3), [.done, .done, .done]),
            F.week.adding(weeks: -4): week(F.week.adding(weeks: -4), [.open, .dropped, .nearly]),
            ISOWeek(year: 2026, week: 2)!: week(ISOWeek(year: 2026, week: 2)!, [.done, .done, .done]),
            ISOWeek(year: 2025, week: 50)!: week(ISOWeek(year: 2025, week: 50)!, [.done, .done, .done]),
        ]
        let store = Store(
            root: FileManager.default.temporaryDirectory.appendingPathComponent("wb-none-\(UUID().uuidString)"))
        return try GoalHistory.make(
            person: "me", through: through, weeks: weeks, today: today,
            load: { weeksByID[$0] ?? PersonWeek(person: "me", week: $0) }, contacts: ContactWeeks(store: store))
    }

    @Test func stripStreakAndYearSoFar() throws {
        let h = try history()
        #expect(h.weeks.map(\.week.week) == [43, 44, 45, 46, 47, 48])
        #expect(h.weeks.map(\.cell) == [.noGoals, .none, .allMet, .allMet, .allMet, .some])
        #expect(h.streak == 3)
        // 2026 weeks 1–47 counted (48 is in progress and not yet positive); 2025-W50 is another year.
        #expect(h.positiveThisYear == 4)
        #expect(h.weeksThisYear == 47)
        #expect(
            HistoryText.summary(h) == [
                "3 positive weeks in a row. Positive weeks in 2026: 4 of 47 (9%).", "90% through the year.",
            ])
    }

    @Test func aFinishedPastWeekCountsItself() throws {
        // Viewed from a later date, week 48 is over and not positive: the streak is broken.
        let h = try history(today: F.day(10, month: 12))
        #expect(h.streak == 0)
        #expect(h.weeksThisYear == 48)
    }

    @Test func yearProgressCountsTodayInCalendarDays() {
        #expect(GoalHistory.yearProgress(CalendarDay(year: 2026, month: 1, day: 1)!) == 1.0 / 365)
        #expect(GoalHistory.yearProgress(CalendarDay(year: 2026, month: 12, day: 31)!) == 1)
        #expect(GoalHistory.yearProgress(CalendarDay(year: 2028, month: 2, day: 6)!) == 37.0 / 366)  // leap year
    }

    @Test func contactsAndBaselineShareOneScale() {
        let line = GoalHistory.ServiceLine(service: "S", counts: [100, 200, nil], baselines: [150, 150, 150])
        #expect(line.scale == 100...200)
        #expect(Marks.sparkline(line.counts, unicode: true, scale: line.scale) == "▁█ ")
        // 150 is the middle of 100…200.
        #expect(Marks.sparkline(line.baselines, unicode: true, scale: line.scale) == "▅▅▅")
        // On its own scale a flat baseline says nothing about where it sits.
        #expect(Marks.sparkline([150, 150], unicode: true) == "▄▄")
    }

    @Test func demoHistoryTextFitsAndLabelsTheStrip() throws {
        let store = try F.demoStore(in: temp)
        let h = try GoalHistory.load(store: store, person: "me", through: F.week, weeks: 52, today: F.today)
        #expect(h.services.map(\.service) == ["Repairs", "Council Tax", "Housing", "Adult Social Care"])
        #expect(h.services[0].counts.count == 52 && h.services[0].counts.last == 5500)
        #expect(h.services[0].baselines.last == 3750)
        let text = HistoryText.lines(h, width: 80).map(\.plain)
        for l in text { #expect(TextWidth.of(l) <= 80, "too wide: \(l)") }
        #expect(text[1] == "  " + String(repeating: "·", count: 43) + "●●◐●◐◐●●◐")
        #expect(text[2] == "  2025.49" + String(repeating: " ", count: 38) + "2026.48")
        #expect(text[3] == "  ● all met  ◐ some  ○ none  · no goals")
        #expect(text.contains("  Repairs  5,500 this week · normal 3,750"))
        let ascii = HistoryText.lines(h, unicode: false, width: 40).map(\.plain)
        #expect(ascii.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
        // At 40 columns the strip keeps the latest 38 weeks.
        #expect(ascii[1] == "  " + String(repeating: ".", count: 29) + "XX%X%%XX%")
        for l in ascii { #expect(l.count <= 40, "too wide: \(l)") }
    }
}
