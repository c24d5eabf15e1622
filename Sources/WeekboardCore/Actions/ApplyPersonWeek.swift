import Foundation

/// Pure changes to a person's week. Each validates first and throws `InputError` on bad input.
public extension PersonWeek {
    mutating func setFocus(_ raw: String) throws -> String {
        focus = try TextRules.line(raw, what: "focus")
        return "Focus for \(week.id) set."
    }

    mutating func setGoal(slot: Int, text raw: String, now: Date) throws -> String {
        let n = try TextRules.slot(slot)
        let text = try TextRules.line(raw, what: "goal \(n)")
        let state = goals[n - 1]?.state ?? .open
        goals[n - 1] = Goal(text: text, state: state, changedAt: now)
        return "Goal \(n) set."
    }

    mutating func setGoalState(slot: Int, _ state: GoalState, now: Date) throws -> String {
        let n = try TextRules.slot(slot)
        guard var goal = goals[n - 1] else {
            throw InputError("goal \(n) is empty: set it first (weekboard goal set \(n) TEXT)")
        }
        if goal.state != state {
            goal.state = state
            goal.changedAt = now
            goals[n - 1] = goal
        }
        return "Goal \(n) \(state.word)."
    }

    mutating func toggleGoalDone(slot: Int, now: Date) throws -> String {
        let n = try TextRules.slot(slot)
        let next: GoalState = goals[n - 1]?.state == .done ? .open : .done
        return try setGoalState(slot: n, next, now: now)
    }

    /// Copies the previous week's unfinished goals (open or nearly done) into empty slots, in order.
    /// Goals already present this week (same text) are not copied twice.
    mutating func carry(from previous: PersonWeek, now: Date) -> String {
        let present = Set(goals.compactMap { $0?.text.lowercased() })
        var candidates = previous.goals.compactMap { $0 }
            .filter { ($0.state == .open || $0.state == .nearly) && !present.contains($0.text.lowercased()) }
        var copied = 0
        for i in goals.indices where goals[i] == nil && !candidates.isEmpty {
            let g = candidates.removeFirst()
            goals[i] = Goal(text: g.text, state: .open, changedAt: now)
            copied += 1
        }
        if copied == 0 {
            return candidates.isEmpty
                ? "Nothing to carry from \(previous.week.id)." : "No empty goal slots to carry into."
        }
        let left = candidates.isEmpty ? "" : " (\(candidates.count) did not fit)"
        return "Carried \(copied) goal\(copied == 1 ? "" : "s") from \(previous.week.id)\(left)."
    }

    mutating func addNote(_ section: NoteSection, _ raw: String) throws -> String {
        let text = try TextRules.line(raw, what: "note", max: TextRules.maxNote)
        notes[section, default: []].append(text)
        return "Added to \(section.title.lowercased())."
    }
}
