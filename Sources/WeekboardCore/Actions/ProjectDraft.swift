#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `project add` supplies.
package struct ProjectDraft: Equatable, Sendable {
    package var name: String
    package var programme: String
    package var owner: String?
    package var status: RAGStatus
    package var note: String?
    package var milestone: Milestone?

    package init(
        name: String, programme: String, owner: String? = nil, status: RAGStatus = .green,
        note: String? = nil, milestone: Milestone? = nil
    ) {
        self.name = name
        self.programme = programme
        self.owner = owner
        self.status = status
        self.note = note
        self.milestone = milestone
    }
}
