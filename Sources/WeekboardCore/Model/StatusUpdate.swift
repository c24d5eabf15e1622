#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A dated status update on a project.
package struct StatusUpdate: Codable, Equatable, Sendable {
    package var date: CalendarDay
    package var status: RAGStatus
    package var note: String?
    /// Who made the update (`alex`, or `priya as alex` over SSH); absent in updates made before weekboard
    /// recorded it.
    package var by: String?
    /// "This period": what was done since the last update, one line each; absent when none was given.
    package var done: [String]?
    /// "Next period": what is planned before the next update; absent when none was given.
    package var next: [String]?

    package init(
        date: CalendarDay, status: RAGStatus, note: String? = nil, by: String? = nil, done: [String]? = nil,
        next: [String]? = nil
    ) {
        self.date = date
        self.status = status
        self.note = note
        self.by = by
        self.done = done
        self.next = next
    }
}

extension StatusUpdate: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        status = try c.read("status")
        note = try c.readIfPresent("note")
        by = try c.readIfPresent("by")
        done = try c.readIfPresent("done")
        next = try c.readIfPresent("next")
    }
}
