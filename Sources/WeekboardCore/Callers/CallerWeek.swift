#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One ISO week of pseudonymous caller data from per-contact imports: never a phone number or
/// an e-mail address, only keyed hashes of them. One file per week, so reading this week's
/// repeat callers costs the same however long the history, and a busy year cannot outgrow
/// the store's file-size limit.
package struct CallerWeek: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var week: ISOWeek
    /// Identifies (without revealing) the caller key the tokens were made with. Tokens made under
    /// another key never match, so an import refuses to mix keys within one week.
    package var keyID: String?
    /// Set in the files of a week written in shards (`callers/2026-W48/a.json` says "a"); absent
    /// in a whole week's file. See `CallerWeek.shards()`.
    package var shard: String?
    /// Service name (as in `ContactYear`) → that service's callers this week.
    package var services: [String: CallerService]

    package init(week: ISOWeek) {
        self.schemaVersion = CallerWeek.schemaVersion
        self.week = week
        self.keyID = nil
        self.shard = nil
        self.services = [:]
    }

    /// True when no contact has been recorded for the week yet.
    package var isEmpty: Bool { services.values.allSatisfy { $0.contacts.isEmpty } }

    /// Contacts recorded for the week, every service.
    package var contactCount: Int { services.values.reduce(0) { $0 + $1.contacts.count } }
}

package extension StoreFiles {
    /// `callers/2026-W48.json`: the week's caller tokens and contact keys.
    static func callers(_ week: ISOWeek) -> StoreFile<CallerWeek> {
        StoreFile(.callerWeek, StoreLayout.callers(week), .init(week: week))
    }
}
