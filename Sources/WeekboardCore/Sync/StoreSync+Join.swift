#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `weekboard sync init URL`: publishing, joining and moving a store's remote (docs/store-format.md,
/// "Sync", "Joining"). The sync itself is in StoreSync.swift.
extension StoreSync {
    /// `sync init URL`: a store with data publishes to an empty remote; an empty store (or none)
    /// takes the team's store down. Refuses a remote that holds a store when this store has data too.
    /// A store that has synced may move to a new remote that is empty or holds its history (the team's
    /// store moved). A join refused or failed leaves the store as it was: its remote, or none.
    package func initialise(remote: String, now: Date) throws -> Report {
        try Self.checkURL(remote)
        var before = JoinScaffold(store)
        let lock = try SyncLock(store)
        defer { withExtendedLifetime(lock) {} }
        let previous = try state()?.remote
        try before.remember(repo)
        var filesBefore: [String: String]?
        do { return try join(remote: remote, previous: previous, now: now, filesBefore: &filesBefore) } catch {
            // The same remote again is a sync, whose failure is kept for `sync status` as any sync's is.
            if previous != remote || !before.hadStore {
                let now = try? store.reading { _ in try repo.hashStore(write: false) }
                before.takeAway(repo, storeChanged: filesBefore != nil && now != filesBefore)
            }
            throw error
        }
    }

    /// `sync init` under the sync lock; `filesBefore`: the store's files as they were before anything came in.
    private func join(remote: String, previous: String?, now: Date, filesBefore: inout [String: String]?) throws
        -> Report
    {
        try repo.prepare(remote: remote)
        var state = try state() ?? SyncState(remote: remote)
        state.remote = remote
        let local = try store.reading { _ in try repo.hashStore(write: false) }
        filesBefore = local
        try state.write(store)
        let theirs = try fetch(&state, now: now)
        // A join killed after the team's files were applied, before that was recorded: the store holds them.
        if state.synced == nil, let applying = state.applying, try repo.resolve(applying) != nil,
            try repo.entries(applying).mapValues(\.sha) == local
        {
            state.synced = applying
            state.applying = nil
            try state.write(store)
        }
        let hasData = local.keys.contains { $0 != StoreLayout.info && SyncRules.rule(for: $0) == .merged }
        guard let theirs else {
            guard store.exists else {
                throw SyncError(
                    "the remote is empty and there is no store at \(store.root.path) to publish: "
                        + "make one with 'weekboard init' first")
            }
            return try sync(now: now, locked: true)
        }
        guard let synced = state.synced, try repo.resolve(synced) != nil else {
            guard !hasData else {
                throw SyncError(
                    "the remote already holds a team's store and this store has its own data, so it was left as "
                        + "it was; to join the team, run 'weekboard --store NEW-FOLDER sync init "
                        + "\(Sanitize.text(remote))' with an empty folder")
            }
            // Joining: the team's store replaces this empty one (its store.json and first journal line).
            let report = try take(theirs, over: local, now: now, state: &state)
            // This copy's id now, not at its first sync: the changes made before then carry it too, so
            // their numbers never pass for the same numbers given on another machine.
            _ = try SyncOrigin.of(store)
            return report
        }
        // Moving: the new remote must hold this store's history up to its last sync (the same store, moved).
        if let previous, previous != remote, !(try repo.isAncestor(synced, of: theirs)) {
            throw try movingRefused(remote: remote, previous: previous, synced: synced, theirs: theirs)
        }
        return try sync(now: now, locked: true)
    }

    /// Why a remote holding a store is not where this synced store's team moved, and what to do.
    private func movingRefused(remote: String, previous: String, synced: String, theirs: String) throws -> SyncError {
        let still = "nothing was changed and this store still syncs with \(Sanitize.text(previous))"
        guard try repo.mergeBase(synced, theirs) != nil else {
            return SyncError(
                "\(Sanitize.text(remote)) holds another store, with no history in common with this one; \(still). "
                    + "Check the URL: a store moves only to an empty remote or to one holding its own history")
        }
        return SyncError(
            "\(Sanitize.text(remote)) holds an older copy of this store, without changes this machine has already "
                + "synced; \(still). Check the URL with whoever moved the team's store")
    }

    /// Applies the remote's commit whole to a store with nothing of its own.
    private func take(_ theirs: String, over local: [String: String], now: Date, state: inout SyncState) throws
        -> Report
    {
        let (entries, ignored) = try checkedEntries(theirs)
        let data = try repo.blobs(Set(entries.values))
        var tree = SyncTree()
        for (path, sha) in entries { tree.files[path] = data[sha] }
        try validate(tree, changedFrom: SyncTree())
        var writes: [(path: String, data: Data?)] = tree.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        writes += local.keys.filter { entries[$0] == nil }.sorted().map { ($0, nil) }
        state.applying = theirs
        try state.write(store)
        let applied = try store.applySynced(writes, at: now) { _ in try repo.hashStore(write: false) == local }
        guard applied else { throw SyncError("the store changed while it was being joined to the team; try again") }
        try repo.setBranch(theirs)
        state.synced = theirs
        state.applying = nil
        state.syncedAt = now
        state.unsent = nil
        state.lastError = nil
        state.lastErrorAt = nil
        try state.write(store)
        return Report(sent: 0, received: tree.files.count, conflictedPaths: [], ignored: ignored, retries: 0)
    }
}
