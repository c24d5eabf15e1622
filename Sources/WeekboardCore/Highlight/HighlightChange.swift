/// A project's status changing during a report's period: a move from one status to another, or
/// the project being added. Text is as stored; renderers escape it for their format.
package struct HighlightChange: Equatable, Sendable {
    package let project: String
    package let date: CalendarDay
    /// Nil when this update added the project.
    package let from: RAGStatus?
    package let to: RAGStatus
    package let note: String?
    /// Who made the change, when the store's journal can say; nil otherwise.
    package let author: String?

    /// `moved from Amber to Red` / `added as Red`
    package var movement: String {
        from.map { "moved from \($0.name) to \(to.name)" } ?? "added as \(to.name)"
    }
}
