#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A change to one project's RAID log. Items are named by their number within the project and kind,
/// from 1 in the order added (`risk list`).
package enum RAIDChange: Equatable, Sendable {
    case addRisk(RiskFields)
    case editRisk(number: Int, RiskFields)
    case addIssue(IssueFields)
    case editIssue(number: Int, IssueFields)
    case addDecision(DecisionFields)
    /// Records what was decided; `by` is who decided (default: who records it).
    case decide(number: Int, outcome: String, by: String?)
    case addAction(ActionFields)
    /// A risk or issue closed, or an action done (a decision is closed by `decide`).
    case close(RAIDKind, number: Int)
}
