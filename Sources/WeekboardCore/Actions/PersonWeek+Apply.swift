#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Pure changes to a person's week. Each validates first and throws `InputError` on bad input.
package extension PersonWeek {
    /// Applies a change to this week's file alone (focus, goals, notes). The store's write and the
    /// dashboard's preview of it (drawn before the write) both come here, so they cannot differ.
    mutating func apply(_ action: WeekAction, now: Date) throws -> String {
        switch action {
        case .setFocus(let text): return try setFocus(text)
        case .setGoal(let slot, let text): return try setGoal(slot: slot, text: text, now: now)
        case .editGoal(let slot, let text): return try editGoal(slot: slot, text: text, now: now)
        case .setGoalState(let slot, let state): return try setGoalState(slot: slot, state, now: now)
        case .toggleGoalDone(let slot): return try toggleGoalDone(slot: slot, now: now)
        case .clearGoal(let slot): return try clearGoal(slot: slot)
        case .moveGoal(let from, let to): return try moveGoal(from: from, to: to)
        case .addNote(let section, let text): return try addNote(section, text)
        case .editNote(let section, let number, let text): return try editNote(section, number, text)
        case .removeNote(let section, let number): return try removeNote(section, number)
        }
    }

    mutating func setFocus(_ raw: String) throws -> String {
        focus = try TextRules.line(raw, what: "focus")
        return "Focus for \(week.id) set."
    }

    /// A new goal starts open; the same text again (a slip of the finger) keeps its state.
    mutating func setGoal(slot: Int, text raw: String, now: Date) throws -> String {
        let n = try TextRules.slot(slot)
        let text = try TextRules.line(raw, what: "goal \(n)")
        let old = goals[n - 1]
        if let old, old.text == text { return "Goal \(n) unchanged." }
        goals[n - 1] = Goal(text: text, state: .open, changedAt: now)
        guard let old, old.state != .open else { return "Goal \(n) set." }
        return "Goal \(n) set (open; the goal it replaced was \(old.state.word))."
    }

    /// The same goal in corrected words: its state stays (the message says which it is).
    mutating func editGoal(slot: Int, text raw: String, now: Date) throws -> String {
        let n = try TextRules.slot(slot)
        let text = try TextRules.line(raw, what: "goal \(n)")
        guard var goal = goals[n - 1] else {
            throw InputError("goal \(n) is empty: set it first (weekboard goal set \(n) TEXT)")
        }
        if goal.text == text { return "Goal \(n) unchanged." }
        goal.text = text
        goal.changedAt = now
        goals[n - 1] = goal
        return "Goal \(n) reworded (still \(goal.state.word))."
    }

    mutating func clearGoal(slot: Int) throws -> String {
        let n = try TextRules.slot(slot)
        guard let old = goals[n - 1] else { throw InputError("goal \(n) is already empty") }
        goals[n - 1] = nil
        return "Goal \(n) cleared (it was “\(old.text)”)."
    }

    /// Swaps two slots (either may be empty).
    mutating func moveGoal(from: Int, to: Int) throws -> String {
        let a = try TextRules.slot(from)
        let b = try TextRules.slot(to)
        guard a != b else { throw InputError("goal \(a) is already in slot \(b)") }
        guard goals[a - 1] != nil || goals[b - 1] != nil else {
            throw InputError("goals \(a) and \(b) are both empty: nothing to move")
        }
        goals.swapAt(a - 1, b - 1)
        return "Goal \(a) moved to \(b)" + (goals[a - 1] == nil ? "." : "; goal \(b) moved to \(a).")
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
        // Done goes back to open; anything else (open, nearly, dropped) is ticked done.
        let next: GoalState = goals[n - 1]?.state == .done ? .open : .done
        return try setGoalState(slot: n, next, now: now)
    }

    /// How far back `goal carry` looks for a week with goals.
    static let carryWeeks = 4

    /// Copies the unfinished goals (open or nearly done) of `previous`, the most recent earlier week
    /// with goals, into empty slots, in order. Goals already present this week (same text) are not
    /// copied twice. Nil `previous`: no week with goals in reach.
    mutating func carry(from previous: PersonWeek?, now: Date) -> String {
        guard let previous else {
            return "Nothing to carry: no goals in the \(Self.carryWeeks) weeks before \(week.id)."
        }
        let present = Set(goals.compactMap { $0?.text.lowercased() })
        var candidates = previous.goals.compactMap { $0 }
            .filter { ($0.state == .open || $0.state == .nearly) && !present.contains($0.text.lowercased()) }
        var copied = 0
        for i in goals.indices where goals[i] == nil && !candidates.isEmpty {
            let g = candidates.removeFirst()
            goals[i] = Goal(text: g.text, state: .open, changedAt: now)
            copied += 1
        }
        let from = previous.week == week.previous ? previous.week.id : "\(previous.week.id), the last week with goals"
        if copied == 0 {
            return candidates.isEmpty ? "Nothing to carry from \(from)." : "No empty goal slots to carry into."
        }
        let left = candidates.isEmpty ? "" : " (\(candidates.count) did not fit)"
        return "Carried \(copied) goal\(copied == 1 ? "" : "s") from \(from)\(left)."
    }

    /// Seeds empty goal slots with `previous`'s "next week" notes, in order (goals already present,
    /// by text, are skipped; a note longer than a goal may be is cut to fit).
    mutating func carryNextWeekNotes(from previous: PersonWeek, now: Date) -> String {
        let present = Set(goals.compactMap { $0?.text.lowercased() })
        var candidates = previous.notes(.next).filter { !present.contains($0.lowercased()) }
        guard !candidates.isEmpty else { return "No “next week” notes in \(previous.week.id) to make goals of." }
        var copied = 0
        for i in goals.indices where goals[i] == nil && !candidates.isEmpty {
            let text = String(candidates.removeFirst().prefix(TextRules.maxLine))
            goals[i] = Goal(text: text, state: .open, changedAt: now)
            copied += 1
        }
        if copied == 0 { return "No empty goal slots for \(previous.week.id)'s “next week” notes." }
        let left = candidates.isEmpty ? "" : " (\(candidates.count) did not fit)"
        return "\(copied) goal\(copied == 1 ? "" : "s") set from \(previous.week.id)'s “next week” notes\(left)."
    }

    mutating func addNote(_ section: NoteSection, _ raw: String) throws -> String {
        let text = try TextRules.line(raw, what: "note", max: TextRules.maxNote)
        notes[section, default: []].append(text)
        return "Added to \(section.inSentence)."
    }

    /// Replaces entry `number` (from 1) of a section.
    mutating func editNote(_ section: NoteSection, _ number: Int, _ raw: String) throws -> String {
        let i = try noteIndex(section, number)
        let text = try TextRules.line(raw, what: "note", max: TextRules.maxNote)
        guard notes[section]![i] != text else { return "\(section.title) \(number) unchanged." }
        notes[section]![i] = text
        return "\(section.title) \(number) changed."
    }

    mutating func removeNote(_ section: NoteSection, _ number: Int) throws -> String {
        let i = try noteIndex(section, number)
        let old = notes[section]!.remove(at: i)
        return "Removed from \(section.inSentence): “\(old)”."
    }

    private func noteIndex(_ section: NoteSection, _ number: Int) throws -> Int {
        let count = notes(section).count
        guard count > 0 else { throw InputError("\(section.inSentence) has no entries in \(week.id)") }
        guard (1...count).contains(number) else {
            throw InputError(
                "\(section.inSentence) has \(count) entr\(count == 1 ? "y" : "ies") in \(week.id); "
                    + "\(number) is not one of them (weekboard note list)")
        }
        return number - 1
    }
}
