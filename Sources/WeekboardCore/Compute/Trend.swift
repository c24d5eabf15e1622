#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A project's direction versus its previous status update.
package enum Trend: Equatable, Sendable {
    case better, same, worse

    package init(from previous: RAGStatus?, to current: RAGStatus) {
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
    package func arrow(unicode: Bool) -> String {
        switch self {
        case .better: return unicode ? "↑" : "+"
        case .same: return unicode ? "→" : "="
        case .worse: return unicode ? "↓" : "-"
        }
    }

    package var word: String {
        switch self {
        case .better: return "better"
        case .same: return "same"
        case .worse: return "worse"
        }
    }
}

package extension Project {
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
