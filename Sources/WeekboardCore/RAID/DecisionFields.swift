#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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
