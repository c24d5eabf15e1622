#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An issue's fields as typed (title, severity and owner needed to add one). An empty action clears it.
package struct IssueFields: Equatable, Sendable {
    package var title: String?
    package var severity: Int?
    package var owner: String?
    package var action: String?
    package var due: CalendarDay?

    package init(
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
