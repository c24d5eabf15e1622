import WeekboardCore

/// The focus values the crash loop writes: a counter, padded so each save is a few hundred bytes.
package enum FocusValue {
    package static func text(_ n: Int) -> String {
        "v\(n) " + String(repeating: "x", count: 200)
    }

    /// The counter in a focus the loop wrote, or nil when the text is not exactly one of its values.
    package static func counter(_ text: String) -> Int? {
        guard text.first == "v", let n = Int(text.dropFirst().prefix(while: { $0 != " " })), text == FocusValue.text(n)
        else { return nil }
        return n
    }
}

/// What concurrent writer TAG does for change `index` (the helper performs it, the test checks it).
/// Some changes go to files every writer shares (the same week's notes and focus, the same
/// project, the board's project list), some to the writer's own (its own person's goals, its own
/// contact service), so races hit both.
package enum FaultPlan {
    /// The tests' pinned date (`WEEKBOARD_TODAY`) and its week.
    package static let today = CalendarDay(year: 2026, month: 11, day: 24)!
    package static let week = ISOWeek(containing: today)
    /// The project every writer updates; the fault test creates it first.
    package static let sharedProject = "Shared project"
    package static let kinds = 6

    package enum Kind: Int, CaseIterable { case note, projectStatus, focus, ownGoal, addProject, calls }

    package struct Change {
        package let kind: Kind
        package let action: Action
        package let person: String
        package let week: ISOWeek
        package let text: String
    }

    package static func change(tag: String, index i: Int) -> Change {
        let text = "\(tag)-\(i)"
        let kind = Kind(rawValue: i % kinds)!
        switch kind {
        case .note:
            return Change(kind: kind, action: .week(.addNote(.watch, text)), person: "alex", week: week, text: text)
        case .projectStatus:
            return Change(
                kind: kind,
                action: .board(
                    .setProjectStatus(name: sharedProject, status: i % 4 == 1 ? .amber : .green, note: text)),
                person: "alex", week: week, text: text)
        case .focus:
            return Change(kind: kind, action: .week(.setFocus(text)), person: "alex", week: week, text: text)
        case .ownGoal:
            return Change(kind: kind, action: .week(.setGoal(slot: 1, text: text)), person: tag, week: week, text: text)
        case .addProject:
            return Change(
                kind: kind,
                action: .board(.addProject(ProjectDraft(name: "Project \(text)", programme: "Programme \(tag)"))),
                person: "alex", week: week, text: "Project \(text)")
        case .calls:
            // Each of the writer's recordings goes to a different week of its own service; the count is the index.
            return Change(
                kind: kind, action: .contacts(.recordCalls(service: "Service \(tag)", count: i, channel: nil)),
                person: "alex", week: week.adding(weeks: -(i / kinds)), text: "Service \(tag)")
        }
    }
}
