/// One programme in a highlight report: where it stands, what changed in the period and what the
/// board should look at first.
package struct HighlightProgramme: Equatable, Sendable {
    package let name: String
    /// The roll-up at the end of the period: the worst unfinished project; blue when all are complete.
    package let status: RAGStatus
    /// The roll-up when the period began; nil when none of its projects existed yet.
    package let statusAtStart: RAGStatus?
    /// Worst first, then by name.
    package let projects: [HighlightProject]
    /// Decisions asked of the board and not yet made, across its projects: the soonest needed first.
    package let decisionsRequested: [RAIDRow]
    /// New reds, then projects outside tolerance, then overdue milestones, then stale projects; each in
    /// the projects' order.
    package let exceptions: [HighlightException]
    /// Status changes dated in the period, oldest first.
    package let changes: [HighlightChange]
    /// Projects that became complete (blue) in the period, with the change that did it.
    package let completed: [HighlightChange]

    /// The roll-up's direction since the period began; nil for a programme new in the period.
    package var trend: Trend? { statusAtStart.map { Trend(from: $0, to: status) } }

    /// Projects at each status, worst first; statuses with none are left out.
    package var counts: [(status: RAGStatus, count: Int)] {
        RAGStatus.allCases.compactMap { s in
            let n = projects.filter { $0.status == s }.count
            return n == 0 ? nil : (s, n)
        }
    }

    /// True when there is something to report: an unfinished project, or a change in the period.
    package var isActive: Bool { projects.contains { !$0.status.isComplete } || !changes.isEmpty }

    /// `projects` (all of one programme) as they stood at the end of `period`; nil when none existed.
    init?(
        name: String, projects all: [Project], period: HighlightPeriod, today: CalendarDay,
        authorOf: HighlightReport.AuthorLookup
    ) {
        let existing = all.filter { $0.update(onOrBefore: period.to) != nil }
        let rows = existing.compactMap { HighlightProject($0, period: period, today: today) }
            .sorted { ($0.status.severity, $1.name.lowercased()) > ($1.status.severity, $0.name.lowercased()) }
        guard !rows.isEmpty else { return nil }
        self.name = name
        projects = rows
        status = ProgrammeRollUp.status(of: rows.map(\.status))
        let atStart = rows.compactMap(\.statusAtStart)
        statusAtStart = atStart.isEmpty ? nil : ProgrammeRollUp.status(of: atStart)

        var changes: [(change: HighlightChange, order: Int)] = []
        for p in existing {
            for (u, before) in p.updates(in: period) where before != u.status {
                let c = HighlightChange(
                    project: p.name, date: u.date, from: before, to: u.status, note: u.note,
                    author: authorOf(p.name, u))
                changes.append((c, changes.count))
            }
        }
        // Oldest first, then by project; one project's changes on one day keep their stored order.
        let sorted = changes.sorted {
            let (a, b) = ($0.change, $1.change)
            return (a.date, a.project.lowercased(), $0.order) < (b.date, b.project.lowercased(), $1.order)
        }.map(\.change)
        self.changes = sorted

        completed = rows.filter { $0.status == .blue && $0.statusAtStart != .blue }.compactMap { row in
            sorted.last { $0.project == row.name && $0.to == .blue }
        }
        exceptions = Self.exceptions(rows, changes: sorted)
        decisionsRequested = rows.flatMap(\.decisionsRequested).enumerated().sorted {
            ($0.element.due?.daysSinceEpoch ?? .max, $0.offset) < ($1.element.due?.daysSinceEpoch ?? .max, $1.offset)
        }.map(\.element)
    }

    static func exceptions(_ rows: [HighlightProject], changes: [HighlightChange]) -> [HighlightException] {
        var out: [HighlightException] = []
        for row in rows where row.status == .red && row.statusAtStart != .red {
            // The change that made it red: the last one into red from something else.
            let into = changes.last { $0.project == row.name && $0.to == .red && $0.from != .red }
            guard let c = into else { continue }
            out.append(
                HighlightException(
                    kind: .newRed, project: row.name, detail: "\(c.movement) on \(c.date.long)",
                    note: c.note))
        }
        for row in rows where !row.outsideTolerance.isEmpty {
            let names = row.outsideTolerance.map(\.rawValue).joined(separator: ", ")
            out.append(
                HighlightException(
                    kind: .outsideTolerance, project: row.name,
                    detail: "\(names) forecast outside tolerance"
                        + (row.ratings?.tolerance.map { " (tolerance: \($0))" } ?? ""), note: nil))
        }
        for row in rows {
            guard let overdue = row.overdueText, let m = row.milestone, let due = m.due else { continue }
            out.append(
                HighlightException(
                    kind: .overdueMilestone, project: row.name,
                    detail: "\(m.text), due \(due.long), is \(overdue)", note: nil))
        }
        for row in rows where row.isStale {
            out.append(
                HighlightException(
                    kind: .stale, project: row.name,
                    detail: "no update for \(HighlightProject.days(row.daysSinceUpdate))"
                        + " (last on \(row.lastUpdate.long))", note: nil))
        }
        return out
    }
}
