import Foundation
import Testing
@testable import WeekboardCore

@Suite("Computations: baseline, delta, trend, roll-up, streak, carry")
struct ComputationTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("5,500 against a baseline of 3,873 is +42%")
    func deltaExample() {
        let b = Baseline(value: 3873, basis: .sameWeek(years: 3))
        #expect(Baseline.percent(b.delta(5500)!) == "+42%")
        #expect(Baseline.percent(Baseline(value: 1000, basis: .none).delta(920)!) == "-8%")
        #expect(Baseline(value: nil, basis: .none).delta(5) == nil)
        #expect(Baseline(value: 0, basis: .recentWeeks(8)).delta(5) == nil)
    }

    @Test("baseline is the mean of the same week in up to three previous years")
    func sameWeekBaseline() {
        let counts: [String: Int] = [
            "2025-W48": 4000, "2024-W48": 3800, "2023-W48": 3819, "2022-W48": 9999, "2026-W47": 1,
        ]
        let b = Baseline.compute(week: ISOWeek(year: 2026, week: 48)!) { counts[$0.id] }
        #expect(b.basis == .sameWeek(years: 3))
        #expect(b.value == 3873)
        let two = Baseline.compute(week: ISOWeek(year: 2026, week: 48)!, years: 2) { counts[$0.id] }
        #expect(two.value == 3900)
        #expect(two.basis == .sameWeek(years: 2))
    }

    @Test("week 53 compares with week 52 of earlier years")
    func week53() {
        let counts: [String: Int] = ["2025-W52": 100, "2024-W52": 200]
        let b = Baseline.compute(week: ISOWeek(year: 2026, week: 53)!) { counts[$0.id] }
        #expect(b.value == 150)
        #expect(b.basis == .sameWeek(years: 2))
    }

    @Test("no earlier year: mean of the previous eight weeks; nothing: no baseline")
    func fallbackBasis() {
        var counts: [String: Int] = [:]
        var w = ISOWeek(year: 2026, week: 48)!
        for i in 1...10 { w = w.previous; counts[w.id] = i * 10 }  // W47=10 … W38=100
        let b = Baseline.compute(week: ISOWeek(year: 2026, week: 48)!) { counts[$0.id] }
        #expect(b.basis == .recentWeeks(8))
        #expect(b.value == 45)  // mean of 10…80
        let none = Baseline.compute(week: ISOWeek(year: 2026, week: 48)!) { _ in nil }
        #expect(none.basis == .none)
        #expect(none.value == nil)
    }

    @Test("trend compares with the previous update; severity orders the IPA scale")
    func trend() {
        #expect(Trend(from: .amber, to: .green) == .better)
        #expect(Trend(from: .green, to: .amberGreen) == .worse)
        #expect(Trend(from: .red, to: .red) == .same)
        #expect(Trend(from: nil, to: .red) == .same)
        #expect(Trend(from: .green, to: .blue) == .better)
        let p = Project(
            name: "P", programme: "X",
            history: [
                StatusUpdate(date: CalendarDay.parse("2026-11-01")!, status: .red),
                StatusUpdate(date: CalendarDay.parse("2026-11-09")!, status: .amber),
            ])
        #expect(p.trend == .better)
        #expect(p.daysSinceUpdate(today: CalendarDay.parse("2026-11-24")!) == 15)
        #expect(p.isStale(today: CalendarDay.parse("2026-11-24")!))
        #expect(!p.isStale(today: CalendarDay.parse("2026-11-23")!))
    }

    @Test("roll-up is the worst unfinished project; all complete is blue")
    func rollUp() {
        let d = CalendarDay.parse("2026-11-20")!
        func p(_ n: String, _ prog: String, _ s: RAGStatus) -> Project {
            Project(name: n, programme: prog, history: [StatusUpdate(date: d, status: s)])
        }
        let board = Board(projects: [
            p("a", "One", .green), p("b", "One", .amber), p("c", "One", .blue),
            p("d", "Two", .blue), p("e", "Three", .red), p("f", "Three", .green),
        ])
        let r = ProgrammeRollUp.make(board)
        #expect(r.map(\.name) == ["Three", "One", "Two"])
        #expect(r.map(\.status) == [.red, .amber, .blue])
        #expect(r[1].projects.map(\.name) == ["b", "a", "c"])
    }

    func week(_ w: ISOWeek, focus: String? = "F", _ states: [GoalState?]) -> PersonWeek {
        var pw = PersonWeek(person: "alex", week: w)
        pw.focus = focus
        pw.goals = states.map { $0.map { Goal(text: "g", state: $0, changedAt: now) } }
        return pw
    }

    @Test("score, positive week and streak")
    func streak() {
        let w48 = ISOWeek(year: 2026, week: 48)!
        let weeks: [ISOWeek: PersonWeek] = [
            w48: week(w48, [.done, .done, .done]),
            w48.previous: week(w48.previous, [.done, .done, .done]),
            w48.adding(weeks: -2): week(w48.adding(weeks: -2), focus: nil, [.done, .done, .done]),
            w48.adding(weeks: -3): week(w48.adding(weeks: -3), [.done, .done, .done]),
        ]
        let load = { (w: ISOWeek) in weeks[w] ?? PersonWeek(person: "alex", week: w) }
        #expect(Streak.count(upTo: w48, load: load) == 2)  // no focus two weeks ago breaks it
        #expect(Streak.count(upTo: w48.adding(weeks: -3), load: load) == 1)
        #expect(WeekScore(week(w48, [.done, .nearly, .dropped])).short == "met 1 of 3")
        #expect(WeekScore(week(w48, [.done, .done, .open])).sentence == "We met 2 of 3 goals.")
        #expect(WeekScore(week(w48, [.done, .done, .done])).sentence == "We met all three goals.")
        #expect(!WeekScore(week(w48, [.done, .done, nil])).positive)
    }

    @Test("carry fills empty slots with last week's open and nearly-done goals")
    func carry() {
        let w = ISOWeek(year: 2026, week: 48)!
        var last = PersonWeek(person: "alex", week: w.previous)
        last.goals = [
            Goal(text: "done one", state: .done, changedAt: now), Goal(text: "open one", state: .open, changedAt: now),
            Goal(text: "nearly one", state: .nearly, changedAt: now),
        ]
        var this = PersonWeek(person: "alex", week: w)
        this.goals[1] = Goal(text: "already here", state: .open, changedAt: now)
        let msg = this.carry(from: last, now: now)
        #expect(this.goals.map { $0?.text } == ["open one", "already here", "nearly one"])
        #expect(msg == "Carried 2 goals from 2026-W47.")
        #expect(this.carry(from: last, now: now) == "Nothing to carry from 2026-W47.")
    }

    @Test("text is sanitised before display and width is measured in cells")
    func sanitiseAndWidth() {
        #expect(Sanitize.text("a\u{1B}]0;owned\u{07}b") == "a^[]0;owned^Gb")
        #expect(Sanitize.text("x\u{9B}2J") == "x<U+009B>2J")
        #expect(Sanitize.text("\u{202E}evil") == "<U+202E>evil")
        #expect(TextWidth.of("日本語") == 6)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("👍🏽") == 2)
        #expect(Frame.fit("日本語テキスト", to: 7) == "日本語…")
    }
}
