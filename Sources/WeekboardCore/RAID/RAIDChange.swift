#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A change to one project's RAID log. Items are named by their number within the project and kind,
/// from 1 in the order added (`risk list`).
public enum RAIDChange: Equatable, Sendable {
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

/// A risk's fields as typed: all needed to add one (but mitigation and review), any to edit one.
/// An empty mitigation clears it.
public struct RiskFields: Equatable, Sendable {
    public var title: String?
    public var likelihood: Int?
    public var impact: Int?
    public var owner: String?
    public var mitigation: String?
    public var review: CalendarDay?

    public init(
        title: String? = nil, likelihood: Int? = nil, impact: Int? = nil, owner: String? = nil,
        mitigation: String? = nil, review: CalendarDay? = nil
    ) {
        self.title = title
        self.likelihood = likelihood
        self.impact = impact
        self.owner = owner
        self.mitigation = mitigation
        self.review = review
    }
}

/// An issue's fields as typed (title, severity and owner needed to add one). An empty action clears it.
public struct IssueFields: Equatable, Sendable {
    public var title: String?
    public var severity: Int?
    public var owner: String?
    public var action: String?
    public var due: CalendarDay?

    public init(
        title: String? = nil, severity: Int? = nil, owner: String? = nil, action: String? = nil,
        due: CalendarDay? = nil
    ) {
        self.title = title
        self.severity = severity
        self.owner = owner
        self.action = action
        self.due = due
    }
}

/// A decision asked for: the question, and optionally the options, who decides and by when.
public struct DecisionFields: Equatable, Sendable {
    public var question: String
    public var options: String?
    public var decider: String?
    public var deadline: CalendarDay?

    public init(question: String, options: String? = nil, decider: String? = nil, deadline: CalendarDay? = nil) {
        self.question = question
        self.options = options
        self.decider = decider
        self.deadline = deadline
    }
}

/// An action agreed: what, who does it and optionally by when.
public struct ActionFields: Equatable, Sendable {
    public var what: String
    public var owner: String
    public var due: CalendarDay?

    public init(what: String, owner: String, due: CalendarDay? = nil) {
        self.what = what
        self.owner = owner
        self.due = due
    }
}
