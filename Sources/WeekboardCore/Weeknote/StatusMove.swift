#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One project's status changes in one week, as a weeknote reports them: its net change from the
/// start of the week to its end with every move on the way and every note of the week, so nothing
/// said that week is lost ("moved from Amber to Red, then to Green: audit slipped; back on site").
struct StatusMove: Equatable, Sendable {
    let project: String
    /// The day of the first change in the week.
    let date: CalendarDay
    /// The status before the week (nil: the project was added in it), then each different status in turn.
    let start: RAGStatus?
    let path: [RAGStatus]
    let notes: [String]

    var from: RAGStatus? { start }
    var to: RAGStatus { path.last! }

    /// `Void repairs turnaround moved from Amber to Green: contractor back on site`
    var sentence: String { sentence(Sanitize.text) }

    /// The sentence with stored text passed through `text` (`MarkdownText.escape` for Markdown).
    func sentence(_ text: (String) -> String) -> String {
        var base = text(project)
        var rest = path[...]
        if let start {
            base += " moved from \(start.name) to \(rest.removeFirst().name)"
        } else {
            base += " was added as \(rest.removeFirst().name)"
            if let next = rest.popFirst() { base += ", then moved to \(next.name)" }
        }
        for s in rest { base += ", then to \(s.name)" }
        guard !notes.isEmpty else { return base }
        return "\(base): \(notes.map(text).joined(separator: "; "))"
    }
}
