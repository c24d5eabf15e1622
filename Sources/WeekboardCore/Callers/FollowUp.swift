#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One caller's follow-up with one service: never a number or a name, only the caller's token.
public struct FollowUp: Codable, Equatable, Sendable {
    public var token: String
    public var service: String
    public var state: FollowUpState
    public var owner: String?
    /// What was found and promised (done), or why it was not needed.
    public var note: String?
    /// The day the state last changed.
    public var changed: CalendarDay

    public init(
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
