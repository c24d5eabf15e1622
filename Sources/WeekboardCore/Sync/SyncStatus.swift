#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `weekboard sync status` and the dashboard's header say: what waits each way, when the store
/// last synced, and what a person must pick. Read from this host's records; it never goes online.
package struct SyncStatus: Codable, Equatable, Sendable {
    package var remote: String
    package var syncedAt: Date?
    /// Files changed here (or merged here) that the remote has not got yet.
    package var waitingToSend: Int
    /// Files the remote had, at the last fetch, that this store has not taken in yet.
    package var waitingToReceive: Int
    /// The conflicts waiting for a person to pick a value (`conflicts.json` as it is now, so a pick
    /// made since the last sync is counted out at once).
    package var conflicts: [SyncConflict]
    package var lastError: String?
    package var lastErrorAt: Date?

    /// The header's few words about sending and bringing in: "offline: 4 files waiting", "synced 3 min
    /// ago" (files, as `sync status` counts them). The conflicts are the dashboard's own to add ("offline
    /// · 1 conflict: P"): it reads them with every reload, so a pick or its undo shows at once, where
    /// these words wait for the next sync.
    package func headline(now: Date) -> String {
        let waiting = waitingToSend == 1 ? "1 file waiting" : "\(waitingToSend) files waiting"
        // A failure is cleared by the next sync that works: one kept is the latest news.
        if lastError != nil {
            return waitingToSend > 0 ? "offline: \(waiting)" : "offline"
        }
        guard let at = syncedAt else { return waitingToSend > 0 ? "not synced: \(waiting)" : "not synced yet" }
        let ago = Self.ago(now.timeIntervalSince(at))
        return waitingToSend > 0 ? "synced \(ago), \(waiting)" : "synced \(ago)"
    }

    package static func ago(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "just now" }
        if s < 3600 { return "\(s / 60) min ago" }
        if s < 86_400 { return s / 3600 == 1 ? "1 hour ago" : "\(s / 3600) hours ago" }
        return s / 86_400 == 1 ? "1 day ago" : "\(s / 86_400) days ago"
    }
}

extension StoreSync {
    /// This store's sync status; nil when it has no remote.
    package func status() throws -> SyncStatus? {
        guard let state = try state() else { return nil }
        return SyncStatus(
            remote: state.remote, syncedAt: state.syncedAt, waitingToSend: try waitingToSend(state),
            waitingToReceive: try waitingToReceive(state), conflicts: try store.openConflicts(),
            lastError: state.lastError, lastErrorAt: state.lastErrorAt)
    }

    /// Files that differ between the store now and the last synced commit, with those a merged
    /// commit not yet sent brought from this machine.
    func waitingToSend(_ state: SyncState) throws -> Int {
        guard repo.exists else { return 0 }
        let now = try store.reading { _ in try repo.hashStore(write: false) }
        guard let synced = state.synced, try repo.resolve(synced) != nil else { return now.count }
        let last = try repo.entries(synced).mapValues(\.sha)
        var paths = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
        if state.unsent == true {
            if let remote = try repo.resolve(SyncRepository.remoteBranch) {
                let theirs = try repo.entries(remote).mapValues(\.sha)
                let base = try repo.mergeBase(synced, remote).map { try repo.entries($0).mapValues(\.sha) } ?? [:]
                paths.formUnion(
                    Set(last.keys).union(base.keys).filter { last[$0] != base[$0] && last[$0] != theirs[$0] })
            } else {
                paths.formUnion(last.keys)
            }
        }
        return paths.count
    }

    /// Files the remote's branch (as last fetched) changed since it and this store parted.
    func waitingToReceive(_ state: SyncState) throws -> Int {
        guard repo.exists, let remote = try repo.resolve(SyncRepository.remoteBranch) else { return 0 }
        guard let synced = state.synced, try repo.resolve(synced) != nil else {
            return try repo.entries(remote).count
        }
        if try repo.isAncestor(remote, of: synced) { return 0 }
        let theirs = try repo.entries(remote).mapValues(\.sha)
        let base = try repo.mergeBase(synced, remote).map { try repo.entries($0).mapValues(\.sha) } ?? [:]
        return Set(theirs.keys).union(base.keys).filter { theirs[$0] != base[$0] }.count
    }
}
