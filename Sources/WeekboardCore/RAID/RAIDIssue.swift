#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of an issue on a project: something that has happened and needs action.
package struct RAIDIssue: VersionedEntry {
    package var date: CalendarDay
    package var by: String?
    package var title: String
    /// 1 (minor) to 5 (critical).
    package var severity: Int
    package var owner: String
    /// What is being done about it.
    package var action: String?
    package var due: CalendarDay?
    package var closed: Bool

    package init(
        date: CalendarDay, by: String? = nil, title: String, severity: Int, owner: String, action: String? = nil,
        due: CalendarDay? = nil, closed: Bool = false
    ) {
        self.date = date
        self.by = by
        self.title = title
        self.severity = severity
        self.owner = owner
        self.action = action
        self.due = due
        self.closed = closed
    }
}

extension RAIDIssue: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        by = try c.readIfPresent("by")
        title = try c.read("title")
        severity = try c.read("severity")
        owner = try c.read("owner")
        action = try c.readIfPresent("action")
        due = try c.readIfPresent("due")
        closed = try c.required("closed").bool()
    }
}
