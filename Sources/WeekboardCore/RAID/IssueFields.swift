#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An issue's fields as typed (title, severity and owner needed to add one). An empty action clears it.
public struct IssueFields: Equatable, Sendable {
    public var title: String?
    public var severity: Int?
    public var owner: String?
    public var action: String?
    public var due: CalendarDay?

    public init(
        title: String? = nil, severity: Int? = nil, owner: String? = nil, action: String? = nil,
        due: CalendarDay? = nil
    ) {
        self.title = title
        self.severity = severity
        self.owner = owner
        self.action = action
        self.due = due
    }
}
