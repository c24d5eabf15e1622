#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One caller's follow-up with one service: never a number or a name, only the caller's token.
package struct FollowUp: Codable, Equatable, Sendable {
    package var token: String
    package var service: String
    package var state: FollowUpState
    package var owner: String?
    /// What was found and promised (done), or why it was not needed.
    package var note: String?
    /// The day the state last changed.
    package var changed: CalendarDay

    package init(
        token: String, service: String, state: FollowUpState, owner: String? = nil, note: String? = nil,
        changed: CalendarDay
    ) {
        self.token = token
        self.service = service
        self.state = state
        self.owner = owner
        self.note = note
        self.changed = changed
    }
}
