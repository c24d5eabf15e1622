#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// This host's record of its sync (`sync/state.json`; host-private, never journalled, never synced):
/// the remote, the git commit the store last matched, and how the last attempt went.
package struct SyncState: Codable, Equatable, Sendable {
    package static let path = "sync/state.json"
    package static let gitFolder = "sync/git"

    package var remote: String
    /// The commit whose files the store held after the last sync ("last synced"); nil before the first.
    package var synced: String?
    /// A merged commit being applied: if the store's files equal its tree, the apply finished (a kill
    /// before `synced` was recorded) and it counts as synced.
    package var applying: String?
    package var syncedAt: Date?
    /// True when the last merged commit has not reached the remote yet.
    package var unsent: Bool?
    /// Files the last merge left with a conflict for a person to pick (`conflicts.json` has the details).
    package var conflicts: [String]?
    /// The last attempt's one-line failure, and when; nil after a sync that worked.
    package var lastError: String?
    package var lastErrorAt: Date?

    package init(remote: String) { self.remote = remote }

    package static func read(_ store: Store) throws -> SyncState? {
        let url = store.url(path)
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try JSONCoding.decode(SyncState.self, from: data, file: url.path)
    }

    package func write(_ store: Store) throws {
        _ = try Directories.make(store.url(StoreLayout.syncFolder), under: store.root)
        try AtomicFile.write(try JSONCoding.encode(self), to: store.url(Self.path), root: store.root)
    }
}
