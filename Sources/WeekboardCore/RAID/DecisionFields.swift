#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A decision asked for: the question, and optionally the options, who decides and by when.
package struct DecisionFields: Equatable, Sendable {
    package var question: String
    package var options: String?
    package var decider: String?
    package var deadline: CalendarDay?

    package init(question: String, options: String? = nil, decider: String? = nil, deadline: CalendarDay? = nil) {
        self.question = question
        self.options = options
        self.decider = decider
        self.deadline = deadline
    }
}
