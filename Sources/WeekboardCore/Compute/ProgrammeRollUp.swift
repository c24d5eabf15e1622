#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A programme and its projects, worst first.
package struct ProgrammeRollUp: Equatable, Sendable {
    package let name: String
    /// Worst status among unfinished projects; blue when all are complete.
    package let status: RAGStatus
    package let projects: [Project]

    /// Groups the board by programme, worst programme first; within one, worst project first, then by name.
    /// Archived projects are left out, and complete ones whose last update is before `hideCompleteBefore`.
    package static func make(_ board: Board, hideCompleteBefore: CalendarDay? = nil) -> [ProgrammeRollUp] {
        let shown = board.projects.filter { p in
            !p.isArchived && !(p.status.isComplete && hideCompleteBefore.map { p.lastUpdated < $0 } ?? false)
        }
        let groups = Dictionary(grouping: shown, by: \.programme)
        // Each name lowercased once, not at every comparison (the same comparisons, so the same order).
        return groups.map { name, projects in
            let worst = status(of: projects.map(\.status))
            let sorted = projects.map { ($0, $0.name.lowercased()) }
                .sorted { ($0.0.status.severity, $1.1) > ($1.0.status.severity, $0.1) }
                .map(\.0)
            return ProgrammeRollUp(name: name, status: worst, projects: sorted)
        }
        .map { ($0, $0.name.lowercased()) }
        .sorted { ($0.0.status.severity, $1.1) > ($1.0.status.severity, $0.1) }
        .map(\.0)
    }

    /// The roll-up of some projects' statuses: the worst unfinished one; blue when all are complete.
    package static func status(of statuses: [RAGStatus]) -> RAGStatus {
        statuses.filter { !$0.isComplete }.max { $0.severity < $1.severity } ?? .blue
    }
}
