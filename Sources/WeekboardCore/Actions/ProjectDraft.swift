#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `project add` supplies.
public struct ProjectDraft: Equatable, Sendable {
    public var name: String
    public var programme: String
    public var owner: String?
    public var status: RAGStatus
    public var note: String?
    public var milestone: Milestone?

    public init(
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
