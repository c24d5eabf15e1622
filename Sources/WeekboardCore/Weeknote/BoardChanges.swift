#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What happened on the programme board during one week. Only updates dated inside the week
/// (Monday to Sunday) count, so an old week's weeknote is not changed by later updates.
enum BoardChanges {
    /// Each project whose status moved inside `week` (or that was added in it and then moved), by the
    /// day of its first move, then by name. An update that keeps the status is not a move, but its
    /// note is kept with the project's moves.
    static func moves(in week: ISOWeek, projects: [Project]) -> [StatusMove] {
        projects.compactMap { move(in: week, $0) }
            .sorted { ($0.date, $0.project.lowercased()) < ($1.date, $1.project.lowercased()) }
    }

    /// `p`'s week, or nil when its status did not move in it.
    static func move(in week: ISOWeek, _ p: Project) -> StatusMove? {
        let inWeek = p.history.filter { contains(week, $0.date) }
        guard !inWeek.isEmpty else { return nil }
        let start = p.history.last { $0.date < week.monday }?.status
        var path: [RAGStatus] = []
        var firstMove: CalendarDay?
        var current = start
        for u in inWeek where u.status != current {
            if current != nil || !path.isEmpty { firstMove = firstMove ?? u.date }
            path.append(u.status)
            current = u.status
        }
        // Added in the week: a move only when it changed after being added.
        guard let date = firstMove else { return nil }
        var notes: [String] = []
        for u in inWeek { if let n = u.note, !n.isEmpty, notes.last != n { notes.append(n) } }
        return StatusMove(project: p.name, date: date, start: start, path: path, notes: notes)
    }

    /// Projects that ended the week red but were not red before it (moved there, or added red), by name.
    static func newReds(in week: ISOWeek, projects: [Project]) -> [Project] {
        projects.filter { p in
            let inWeek = p.history.filter { contains(week, $0.date) }
            guard let last = inWeek.last, last.status == .red else { return false }
            let before = p.history.last { $0.date < week.monday }
            return before?.status != .red
        }
        .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    static func contains(_ week: ISOWeek, _ day: CalendarDay) -> Bool { day >= week.monday && day <= week.sunday }
}
