/// One project as a highlight report shows it, read as it stood at the end of the period.
public struct HighlightProject: Equatable, Sendable {
    public let name: String
    public let status: RAGStatus
    /// The status when the period began; nil when the project was added during it.
    public let statusAtStart: RAGStatus?
    public let owner: String?
    /// The next milestone. The store keeps only the current one (no history of milestones).
    public let milestone: Milestone?
    /// Days past the milestone's due date, when it is past and the project is not complete.
    public let overdueDays: Int?
    public let lastUpdate: CalendarDay
    public let daysSinceUpdate: Int
    /// No update for more than `Project.staleAfterDays` days (a complete project is never stale).
    public let isStale: Bool
    /// The latest note: the project's note when the period ends today, else the last note of an
    /// update made by the end of the period.
    public let note: String?

    /// `project` as it stood at the end of `period`; nil when it did not exist yet.
    init?(_ project: Project, period: HighlightPeriod, today: CalendarDay) {
        guard let last = project.update(onOrBefore: period.to) else { return nil }
        let asOf = period.to
        name = project.name
        status = last.status
        statusAtStart = project.update(before: period.from)?.status
        owner = project.owner
        milestone = project.milestone
        let due = project.milestone?.due
        overdueDays = due.flatMap { $0 < asOf && !last.status.isComplete ? asOf - $0 : nil }
        lastUpdate = last.date
        daysSinceUpdate = asOf - last.date
        isStale = !status.isComplete && daysSinceUpdate > Project.staleAfterDays
        let notes = project.history.filter { $0.date <= asOf }.compactMap(\.note).filter { !$0.isEmpty }
        note = asOf >= today ? (project.note.flatMap { $0.isEmpty ? nil : $0 } ?? notes.last) : notes.last
    }

    /// `overdue by 3 days`
    public var overdueText: String? { overdueDays.map { "overdue by \(Self.days($0))" } }

    /// `today`, `1 day ago`, `16 days ago`
    public var updatedText: String { daysSinceUpdate == 0 ? "today" : "\(Self.days(daysSinceUpdate)) ago" }

    /// `1 day`, `3 days`
    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
