/// The board as it stood at the end of a day, from the projects' histories: each project's status
/// and note as of its last update by then; projects added later are absent, and ones archived
/// later are still there.
public extension Board {
    func asAt(_ day: CalendarDay) -> Board {
        var b = self
        b.projects = projects.compactMap { p in
            var p = p
            p.history = p.history.filter { $0.date <= day }
            guard let last = p.history.last else { return nil }
            // Status updates carry the notes of their day; a note edited since is not shown for the past.
            p.note = last.note
            if let archived = p.archived, archived > day { p.archived = nil }
            return p
        }
        return b
    }
}
