#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of a decision on a project: a question for the board (or someone) to decide, and,
/// once decided, what was decided, when and by whom.
public struct Decision: VersionedEntry {
    public var date: CalendarDay
    public var by: String?
    public var question: String
    /// The options put forward, as one line.
    public var options: String?
    /// Who is asked to decide (`Programme board`).
    public var decider: String?
    /// When it must be decided by.
    public var deadline: CalendarDay?
    public var outcome: String?
    public var decidedOn: CalendarDay?
    public var decidedBy: String?

    public init(
        date: CalendarDay, by: String? = nil, question: String, options: String? = nil, decider: String? = nil,
        deadline: CalendarDay? = nil, outcome: String? = nil, decidedOn: CalendarDay? = nil,
        decidedBy: String? = nil
    ) {
        self.date = date
        self.by = by
        self.question = question
        self.options = options
        self.decider = decider
        self.deadline = deadline
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
    }

    /// Still waiting for a decision.
    public var isOpen: Bool { outcome == nil }
}

extension Decision: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        by = try c.readIfPresent("by")
        question = try c.read("question")
        options = try c.readIfPresent("options")
        decider = try c.readIfPresent("decider")
        deadline = try c.readIfPresent("deadline")
        outcome = try c.readIfPresent("outcome")
        decidedOn = try c.readIfPresent("decidedOn")
        decidedBy = try c.readIfPresent("decidedBy")
    }
}
