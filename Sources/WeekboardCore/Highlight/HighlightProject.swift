/// One project as a highlight report shows it, read as it stood at the end of the period.
package struct HighlightProject: Equatable, Sendable {
    package let name: String
    package let status: RAGStatus
    /// The status when the period began; nil when the project was added during it.
    package let statusAtStart: RAGStatus?
    package let owner: String?
    /// The next milestone. The store keeps only the current one (no history of milestones).
    package let milestone: Milestone?
    /// Days past the milestone's due date, when it is past and the project is not complete.
    package let overdueDays: Int?
    package let lastUpdate: CalendarDay
    package let daysSinceUpdate: Int
    /// No update for more than `Project.staleAfterDays` days (a complete project is never stale).
    package let isStale: Bool
    /// The latest note: the project's note when the period ends today, else the last note of an
    /// update made by the end of the period.
    package let note: String?
    /// The dimension ratings and tolerances as they stood at the end of the period.
    package let ratings: DimensionRatings?
    /// "This period": the lines of work done from the updates dated in the period, oldest first.
    package let done: [String]
    /// "Next period": the lines planned in the latest update by the end of the period that gives any.
    package let next: [String]
    /// The open risks and issues, highest score first, up to `keyItems` each (the board's key ones).
    package let risks: [RAIDRow]
    package let issues: [RAIDRow]
    /// How many were open in all (more than shown when over `keyItems`).
    package let openRisks: Int
    package let openIssues: Int
    /// Decisions asked and not yet made, the soonest needed first.
    package let decisionsRequested: [RAIDRow]
    /// Decisions made in the period, oldest first.
    package let decisionsMade: [RAIDRow]
    /// Every item of its RAID log, open and closed, by kind then number (the `--raid` CSV).
    package let items: [RAIDRow]

    /// How many risks and how many issues a report shows per project.
    package static let keyItems = 5

    /// `project` as it stood at the end of `period`; nil when it did not exist yet.
    init?(_ full: Project, period: HighlightPeriod, today: CalendarDay) {
        guard let project = Board(projects: [full]).asAt(period.to).projects.first,
            let last = project.update(onOrBefore: period.to)
        else { return nil }
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
        note = asOf >= today ? (full.note.flatMap { $0.isEmpty ? nil : $0 } ?? notes.last) : notes.last
        ratings = project.ratings.map(\.current).flatMap { $0.isEmpty ? nil : $0 }
        let inPeriod = project.history.filter { period.contains($0.date) }
        done = inPeriod.flatMap { $0.done ?? [] }
        next = project.history.last { !($0.next ?? []).isEmpty }?.next ?? []
        items = RAIDKind.allCases.flatMap { RAIDRows.items($0, of: project) }
        let open = RAIDRows.open(project)
        let openRisks = open.filter { $0.kind == .risk }
        let openIssues = open.filter { $0.kind == .issue }
        (self.openRisks, self.openIssues) = (openRisks.count, openIssues.count)
        risks = Array(openRisks.prefix(Self.keyItems))
        issues = Array(openIssues.prefix(Self.keyItems))
        decisionsRequested = RAIDRows.items(.decision, of: project).filter(\.isOpen).sorted {
            ($0.due?.daysSinceEpoch ?? .max, $0.number) < ($1.due?.daysSinceEpoch ?? .max, $1.number)
        }
        decisionsMade = RAIDRows.items(.decision, of: project).filter { row in
            guard case .decision(let d) = row.entry, let on = d.decidedOn else { return false }
            return period.contains(on)
        }
    }

    /// Dimensions forecast outside tolerance (rated red) at the end of the period.
    package var outsideTolerance: [Dimension] { ratings?.outsideTolerance ?? [] }

    /// True when the report has more to say on the project than its row: ratings, period lines, RAID.
    package var hasDetail: Bool {
        ratings != nil || !done.isEmpty || !next.isEmpty || !risks.isEmpty || !issues.isEmpty
            || !decisionsMade.isEmpty
    }

    /// `overdue by 3 days`
    package var overdueText: String? { overdueDays.map { "overdue by \(Self.days($0))" } }

    /// `today`, `1 day ago`, `16 days ago`
    package var updatedText: String { daysSinceUpdate == 0 ? "today" : "\(Self.days(daysSinceUpdate)) ago" }

    /// `1 day`, `3 days`
    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
