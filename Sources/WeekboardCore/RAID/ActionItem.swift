#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of an action on a project: something someone has agreed to do (`Action` is a change
/// to the store; this is a line in the RAID log).
public struct ActionItem: VersionedEntry {
    public var date: CalendarDay
    public var by: String?
    public var what: String
    public var owner: String
    public var due: CalendarDay?
    public var done: Bool

    public init(
        date: CalendarDay, by: String? = nil, what: String, owner: String, due: CalendarDay? = nil,
        done: Bool = false
    ) {
        self.date = date
        self.by = by
        self.what = what
        self.owner = owner
        self.due = due
        self.done = done
    }
}

extension ActionItem: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        by = try c.readIfPresent("by")
        what = try c.read("what")
        owner = try c.read("owner")
        due = try c.readIfPresent("due")
        done = try c.required("done").bool()
    }
}
