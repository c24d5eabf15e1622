/// One screen of a board meeting: an exception, a decision requested, or a red or amber project; who
/// owns it, what the board is asked, and what to read out.
public struct MeetingItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case exception(HighlightException.Kind)
        case decision(number: Int)
        case project(RAGStatus)
    }

    public let kind: Kind
    public let programme: String
    public let project: String
    public let owner: String?
    /// What the board is asked to do.
    public let asked: String
    /// The facts behind it, a line each (stored text: escaped or sanitised where shown).
    public let detail: [String]

    /// `Exception: New red`, `Decision requested`, `Red project`
    public var title: String {
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
