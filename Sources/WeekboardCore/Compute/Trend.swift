#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A project's direction versus its previous status update.
public enum Trend: Equatable, Sendable {
    case better, same, worse

    public init(from previous: RAGStatus?, to current: RAGStatus) {
        guard let previous else { self = .same; return }
        if current.severity < previous.severity {
            self = .better
        } else if current.severity > previous.severity {
            self = .worse
        } else {
            self = .same
        }
    }

    /// ASCII `+` `=` `-`: `^` is At risk and `v` Complete among the RAG shapes.
    public func arrow(unicode: Bool) -> String {
        switch self {
        case .better: return unicode ? "↑" : "+"
        case .same: return unicode ? "→" : "="
        case .worse: return unicode ? "↓" : "-"
        }
    }

    public var word: String {
        switch self {
        case .better: return "better"
        case .same: return "same"
        case .worse: return "worse"
        }
    }
}

public extension Project {
    static let staleAfterDays = 14

    var trend: Trend {
        Trend(from: history.count >= 2 ? history[history.count - 2].status : nil, to: status)
    }

    func daysSinceUpdate(today: CalendarDay) -> Int { max(0, today - lastUpdated) }

    /// No update for more than 14 days (complete projects are never stale).
    func isStale(today: CalendarDay) -> Bool {
        !status.isComplete && daysSinceUpdate(today: today) > Project.staleAfterDays
    }
}

/// A programme and its projects, worst first.
public struct ProgrammeRollUp: Equatable, Sendable {
    public let name: String
    /// Worst status among unfinished projects; blue when all are complete.
    public let status: RAGStatus
    public let projects: [Project]

    /// Groups the board by programme, worst programme first; within one, worst project first, then by name.
    /// Archived projects are left out, and complete ones whose last update is before `hideCompleteBefore`.
    public static func make(_ board: Board, hideCompleteBefore: CalendarDay? = nil) -> [ProgrammeRollUp] {
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
    public static func status(of statuses: [RAGStatus]) -> RAGStatus {
        statuses.filter { !$0.isComplete }.max { $0.severity < $1.severity } ?? .blue
    }
}
