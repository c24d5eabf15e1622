/// One screen of a board meeting: an exception, a decision requested, or a red or amber project; who
/// owns it, what the board is asked, and what to read out.
package struct MeetingItem: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        case exception(HighlightException.Kind)
        case decision(number: Int)
        case project(RAGStatus)
    }

    package let kind: Kind
    package let programme: String
    package let project: String
    package let owner: String?
    /// What the board is asked to do.
    package let asked: String
    /// The facts behind it, a line each (stored text: escaped or sanitised where shown).
    package let detail: [String]

    /// `Exception: New red`, `Decision requested`, `Red project`
    package var title: String {
        switch kind {
        case .exception(let k): return "Exception: \(k.title)"
        case .decision(let n): return "Decision requested (decision \(n))"
        case .project(let s): return "\(s.name) project"
        }
    }

    /// What the board is asked for each kind of exception.
    static func asked(_ kind: HighlightException.Kind) -> String {
        switch kind {
        case .newRed: return "Agree a recovery plan with the owner."
        case .outsideTolerance: return "Approve new tolerances, or agree corrective action (an exception plan)."
        case .overdueMilestone: return "Agree a new date for the milestone."
        case .stale: return "Ask the owner for an update."
        }
    }
}
