#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `callers/followups.json`: the follow-ups recorded so far. Caller-level data: it stays on the machine
/// that imported the contacts and goes when they do (`calls rotate-key --forget-callers`).
package struct FollowUps: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    /// Sorted by service, then token.
    package var entries: [FollowUp]

    package init(entries: [FollowUp] = []) {
        self.schemaVersion = FollowUps.schemaVersion
        self.entries = entries
    }

    package func entry(token: String, service: String) -> FollowUp? {
        entries.first { $0.token == token && $0.service == service }
    }

    package mutating func set(_ f: FollowUp) {
        entries.removeAll { $0.token == f.token && $0.service == f.service }
        entries.append(f)
        entries.sort { ($0.service, $0.token) < ($1.service, $1.token) }
    }
}

package extension StoreFiles {
    static let followUps = StoreFile<FollowUps>(.followUps, StoreLayout.followUps)
}
