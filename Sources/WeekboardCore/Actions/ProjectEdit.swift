#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `project edit` changes: each field only when given. An empty owner, milestone or note clears it.
package struct ProjectEdit: Equatable, Sendable {
    /// A new name (the dashboard's edit form asks it first; the CLI has `project rename`).
    package var name: String?
    package var owner: String?
    package var milestone: String?
    package var due: CalendarDay?
    package var clearDue: Bool
    package var programme: String?
    package var note: String?
    /// Dimension ratings to set (time, cost…), and the tolerances text ("" clears it).
    package var ratings: [Dimension: RAGStatus]
    package var tolerance: String?

    package init(
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
