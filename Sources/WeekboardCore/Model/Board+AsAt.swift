/// The board as it stood at the end of a day, from the projects' histories: each project's status
/// and note as of its last update by then; projects added later are absent, and ones archived
/// later are still there. RAID items and dimension ratings are cut the same way (their versions
/// recorded by then; items raised later are absent).
package extension Board {
    func asAt(_ day: CalendarDay) -> Board {
        var b = self
        b.projects = projects.compactMap { p in
            var p = p
            p.history = p.history.filter { $0.date <= day }
            guard let last = p.history.last else { return nil }
            // Status updates carry the notes of their day; a note edited since is not shown for the past.
            p.note = last.note
            if let archived = p.archived, archived > day { p.archived = nil }
            p.risks = p.risks.asAt(day)
            p.issues = p.issues.asAt(day)
            p.decisions = p.decisions.asAt(day)
            p.actions = p.actions.asAt(day)
            p.ratings = p.ratings.flatMap { $0.cut(at: day) }
            return p
        }
        return b
    }
}

extension Versioned {
    /// The item with only the versions recorded by the end of `day`; nil when it was raised later.
    func cut(at day: CalendarDay) -> Versioned? {
        var v = self
        v.history = history.filter { $0.date <= day }
        return v.history.isEmpty ? nil : v
    }
}

extension Array {
    /// Each item as it stood at the end of `day`. Items are added in date order and never removed, so
    /// those raised later are at the end and every earlier item keeps its number.
    func asAt<E>(_ day: CalendarDay) -> [Versioned<E>] where Element == Versioned<E> {
        compactMap { $0.cut(at: day) }
    }
}
