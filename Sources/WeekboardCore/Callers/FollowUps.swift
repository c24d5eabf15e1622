#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `callers/followups.json`: the follow-ups recorded so far. Caller-level data: it stays on the machine
/// that imported the contacts and goes when they do (`calls rotate-key --forget-callers`).
public struct FollowUps: Codable, Equatable, Sendable {
    public static let schemaVersion = 1
    public var schemaVersion: Int
    /// Sorted by service, then token.
    public var entries: [FollowUp]

    public init(entries: [FollowUp] = []) {
        self.schemaVersion = FollowUps.schemaVersion
        self.entries = entries
    }

    public func entry(token: String, service: String) -> FollowUp? {
        entries.first { $0.token == token && $0.service == service }
    }

    public mutating func set(_ f: FollowUp) {
        entries.removeAll { $0.token == f.token && $0.service == f.service }
        entries.append(f)
        entries.sort { ($0.service, $0.token) < ($1.service, $1.token) }
    }
}

public extension StoreFiles {
    static let followUps = StoreFile<FollowUps>(.followUps, StoreLayout.followUps)
}
