/// A project's status changing during a report's period: a move from one status to another, or
/// the project being added. Text is as stored; renderers escape it for their format.
public struct HighlightChange: Equatable, Sendable {
    public let project: String
    public let date: CalendarDay
    /// Nil when this update added the project.
    public let from: RAGStatus?
    public let to: RAGStatus
    public let note: String?
    /// Who made the change, when the store's journal can say; nil otherwise.
    public let author: String?

    /// `moved from Amber to Red` / `added as Red`
    public var movement: String {
        from.map { "moved from \($0.name) to \(to.name)" } ?? "added as \(to.name)"
    }
}
