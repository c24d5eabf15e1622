#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A dated status update on a project.
public struct StatusUpdate: Codable, Equatable, Sendable {
    public var date: CalendarDay
    public var status: RAGStatus
    public var note: String?
    /// Who made the update (`alex`, or `priya as alex` over SSH); absent in updates made before weekboard
    /// recorded it.
    public var by: String?
    /// "This period": what was done since the last update, one line each; absent when none was given.
    public var done: [String]?
    /// "Next period": what is planned before the next update; absent when none was given.
    public var next: [String]?

    public init(
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
