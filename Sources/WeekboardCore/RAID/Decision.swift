#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of a decision on a project: a question for the board (or someone) to decide, and,
/// once decided, what was decided, when and by whom.
package struct Decision: VersionedEntry {
    package var date: CalendarDay
    package var by: String?
    package var question: String
    /// The options put forward, as one line.
    package var options: String?
    /// Who is asked to decide (`Programme board`).
    package var decider: String?
    /// When it must be decided by.
    package var deadline: CalendarDay?
    package var outcome: String?
    package var decidedOn: CalendarDay?
    package var decidedBy: String?

    package init(
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
    package var isOpen: Bool { outcome == nil }
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
