#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of something a project keeps with its history (a risk, an issue, a decision, an action,
/// the dimension ratings): dated, so the board of a past week shows it as it stood then.
package protocol VersionedEntry: Codable, Equatable, Sendable {
    /// The day this version was recorded.
    var date: CalendarDay { get set }
    /// Who recorded it (`alex`, `priya as alex`).
    var by: String? { get set }
}
