#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of an action on a project: something someone has agreed to do (`Action` is a change
/// to the store; this is a line in the RAID log).
package struct ActionItem: VersionedEntry {
    package var date: CalendarDay
    package var by: String?
    package var what: String
    package var owner: String
    package var due: CalendarDay?
    package var done: Bool

    package init(
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
