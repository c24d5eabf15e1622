/// Something the board should look at first: a project that turned red in the period, one forecast
/// outside tolerance on a dimension (rated red on time, cost, scope, quality or benefits), a milestone
/// whose due date has passed, or a project with no update for more than 14 days.
package struct HighlightException: Equatable, Sendable {
    package enum Kind: Int, CaseIterable, Sendable {
        case newRed, outsideTolerance, overdueMilestone, stale

        /// `New red`, `Outside tolerance`, `Milestone overdue`, `Stale`
        package var title: String {
            switch self {
            case .newRed: return "New red"
            case .outsideTolerance: return "Outside tolerance"
            case .overdueMilestone: return "Milestone overdue"
            case .stale: return "Stale"
            }
        }
    }

    package let kind: Kind
    package let project: String
    /// What happened, in words: `moved from Amber to Red on 23 November 2026`,
    /// `Van stock audit, due 21 November 2026, is overdue by 3 days`,
    /// `no update for 16 days (last on 8 November 2026)`. Holds stored text (a milestone).
    package let detail: String
    /// The note of the update that made it red (new reds only).
    package let note: String?
}
