/// A project's history read at a date, for reports that cover a period rather than today.
extension Project {
    /// The last update dated on or before `day` (the status as it stood at the end of that day).
    func update(onOrBefore day: CalendarDay) -> StatusUpdate? { history.last { $0.date <= day } }

    /// The last update dated before `day` (the status as it stood when that day began).
    func update(before day: CalendarDay) -> StatusUpdate? { history.last { $0.date < day } }

    /// The updates dated inside `period`, each with the status before it (nil: the project was
    /// added by that update), oldest first.
    func updates(in period: HighlightPeriod) -> [(update: StatusUpdate, before: RAGStatus?)] {
        history.indices.compactMap { i in
            guard period.contains(history[i].date) else { return nil }
            return (history[i], i == 0 ? nil : history[i - 1].status)
        }
    }
}
