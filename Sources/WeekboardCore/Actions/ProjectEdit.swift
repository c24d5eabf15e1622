#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `project edit` changes: each field only when given. An empty owner, milestone or note clears it.
public struct ProjectEdit: Equatable, Sendable {
    /// A new name (the dashboard's edit form asks it first; the CLI has `project rename`).
    public var name: String?
    public var owner: String?
    public var milestone: String?
    public var due: CalendarDay?
    public var clearDue: Bool
    public var programme: String?
    public var note: String?
    /// Dimension ratings to set (time, cost…), and the tolerances text ("" clears it).
    public var ratings: [Dimension: RAGStatus]
    public var tolerance: String?

    public init(
        name: String? = nil, owner: String? = nil, milestone: String? = nil, due: CalendarDay? = nil,
        clearDue: Bool = false, programme: String? = nil, note: String? = nil,
        ratings: [Dimension: RAGStatus] = [:], tolerance: String? = nil
    ) {
        self.ratings = ratings
        self.tolerance = tolerance
        self.name = name
        self.owner = owner
        self.milestone = milestone
        self.due = due
        self.clearDue = clearDue
        self.programme = programme
        self.note = note
    }
}
