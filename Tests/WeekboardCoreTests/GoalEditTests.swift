import Foundation
import Testing
@testable import WeekboardCore

@Suite("Goals: ticking, clearing, moving, the score of goals set")
struct GoalEditTests {
    let now = DashboardFixture.now
    let week = DashboardFixture.week

    func mine(_ states: [GoalState?]) -> PersonWeek {
        var w = PersonWeek(person: "alex", week: week)
        w.goals = states.enumerated().map { i, s in s.map { Goal(text: "goal \(i + 1)", state: $0, changedAt: now) } }
        return w
    }

    @Test("1/2/3 tick nearly and dropped goals done, and done back to open")
    func toggleFromEveryState() throws {
        var w = mine([.nearly, .dropped, .done])
        #expect(try w.toggleGoalDone(slot: 1, now: now) == "Goal 1 done.")
        #expect(try w.toggleGoalDone(slot: 2, now: now) == "Goal 2 done.")
        #expect(try w.toggleGoalDone(slot: 3, now: now) == "Goal 3 open.")
        #expect(w.goals.map { $0?.state } == [.done, .done, .open])
    }

    @Test("the score says how many goals were set when fewer than three")
    func scoreOfGoalsSet() {
        #expect(WeekScore(mine([.done, nil, nil])).short == "met 1 of 1 goal set")
        #expect(WeekScore(mine([.done, .open, nil])).short == "met 1 of 2 goals set")
        #expect(WeekScore(mine([nil, nil, nil])).short == "no goals set")
        #expect(WeekScore(mine([.done, .open, .open])).short == "met 1 of 3")
        #expect(WeekScore(mine([nil, .done, nil])).sentence == "We met 1 of 1 goal set.")
        #expect(WeekScore(mine([.open, .nearly, nil])).sentence == "We met 0 of 2 goals set.")
        #expect(WeekScore(mine([.done, .done, .done])).sentence == "We met all three goals.")
        #expect(WeekScore(mine([.done, nil, .open])).compact == "met 1 of 2")
    }

    @Test("d asks before clearing the selected goal; y clears it, any other key keeps it")
    func clearAsks() throws {
        let s = try DashboardFixture.state()
        var (n, effects) = DashboardFixture.press(s, [.char("j"), .char("d")])
        #expect(effects.isEmpty)
        let question = "Clear goal 2 “Draft the damp and mould briefing for members”? y/n"
        #expect(
            n.overlay
                == .confirm(
                    Confirmation(question: question, action: .week(.clearGoal(slot: 2)), cancelled: "Goal 2 kept.")))
        let frame = Dashboard.render(n, width: 80, height: 24)
        #expect(frame.line(22).hasPrefix(" " + question))
        (n, effects) = DashboardFixture.press(n, [.char("y")])
        #expect(effects == [.perform(.week(.clearGoal(slot: 2)), week: week)])
        #expect(n.overlay == nil)
        (n, effects) = DashboardFixture.press(s, [.char("d"), .char("d")])
        #expect(effects.isEmpty && n.overlay == nil)
        #expect(n.message?.text == "Goal 1 kept.")
    }

    @Test("J and K swap the selected goal with the next or previous and the selection follows")
    func moveKeys() throws {
        let s = try DashboardFixture.state()
        var (n, effects) = DashboardFixture.press(s, [.char("J")])
        #expect(effects == [.perform(.week(.moveGoal(from: 1, to: 2)), week: week)])
        #expect(n.goalSlot == 2)
        (n, effects) = DashboardFixture.press(s, [.char("K")])
        #expect(effects.isEmpty && n.goalSlot == 1)
        (n, effects) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("K")])
        #expect(effects == [.perform(.week(.moveGoal(from: 3, to: 2)), week: week)])
        (n, effects) = DashboardFixture.press(s, [.char("C")])
        #expect(effects == [.perform(.carry(.nextWeekNotes), week: week)])
    }

    @Test("d, J, K and C change nothing when read-only")
    func readOnly() throws {
        let s = try DashboardFixture.state(readOnly: true)
        for key in ["d", "J", "C"] {
            let (n, effects) = DashboardFixture.press(s, [.char(Character(key))])
            #expect(effects.isEmpty && n.overlay == nil, "\(key)")
            #expect(n.message == .readOnly)
        }
    }
}
