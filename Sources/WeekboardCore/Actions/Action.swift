#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Every change a user can make, from the CLI or the dashboard. Both go through
/// `Store.perform`, so they can never disagree about what a change means. Each case is an area of
/// the store with its own enum, so every switch over one is exhaustive: a new change is one case in
/// its area's enum, and the compiler names each switch that must learn it.
package enum Action: Equatable, Sendable {
    /// The person's week file, from that file alone (what the dashboard previews).
    case week(WeekAction)
    /// The person's week file, from earlier weeks' files.
    case carry(GoalCarry)
    case board(BoardAction)
    /// A change to a project's RAID log: risks, issues, decisions and actions.
    case raid(project: String, RAIDChange)
    case contacts(ContactsAction)
    case followUp(FollowUpAction)
    /// A sync conflict closed (`weekboard sync resolve`).
    case sync(SyncAction)
}
