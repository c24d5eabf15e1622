/// A change to the follow-up list of callers marked as calling too often (`FollowUpList`).
package enum FollowUpAction: Equatable, Sendable {
    /// Where following a caller up has got to, by the start of their reference. `owner` and `note`
    /// only when given (empty clears).
    case set(ref: String, service: String?, state: FollowUpState, owner: String?, note: String?)
}
