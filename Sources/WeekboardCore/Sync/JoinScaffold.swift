#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a machine held before `sync init` tried to join it to a team, so a join that fails or is refused (a
/// mistyped or unreachable URL, a remote holding another store) leaves it as it was: no store folder where
/// there was none, an empty folder empty, rather than a half-made store holding only `sync/`; a store that
/// existed keeps its remote, or none, with its sync record and git refs as they were, so `sync status` and the
/// next `sync` do not take the refused remote for its own.
struct JoinScaffold {
    let store: Store
    /// The store had `store.json` before: nothing of the store is taken away.
    let hadStore: Bool
    let hadSyncFolder: Bool
    /// The store folder and the folders above it that did not exist, innermost first.
    let missingFolders: [URL]
    /// `sync/state.json`'s bytes, `sync/git`'s refs and remote before the join (`remember`, under the lock).
    private var state: Data?
    private var hadGit = false
    private var refs: [String: String] = [:]

    init(_ store: Store) {
        self.store = store
        hadStore = store.exists
        hadSyncFolder = Posix.isFolder(store.url(StoreLayout.syncFolder).path) != nil
        var missing: [URL] = []
        var dir = store.root.standardizedFileURL
        while dir.path != "/", Posix.isFolder(dir.path) == nil {
            missing.append(dir)
            dir = dir.deletingLastPathComponent()
        }
        missingFolders = missing
    }

    /// Reads this host's sync record and refs; call with the sync lock held, before the join changes them.
    mutating func remember(_ repo: SyncRepository) throws {
        state = try? Data(contentsOf: store.url(SyncState.path))
        hadGit = repo.exists
        guard hadGit else { return }
        for ref in [SyncRepository.branch, SyncRepository.remoteBranch] { refs[ref] = try repo.resolve(ref) }
    }

    /// Takes away what the failed join made, unless a store came of it after all. Folders are removed only
    /// when empty, so nothing anyone else put there is lost. `storeChanged`: the join wrote the store's files
    /// (its record then says what they match, and stays). Call with the sync lock held.
    func takeAway(_ repo: SyncRepository, storeChanged: Bool) {
        guard !hadStore, !store.exists else {
            if !storeChanged { putBack(repo) }
            return
        }
        if !hadSyncFolder { try? FileManager.default.removeItem(at: store.url(StoreLayout.syncFolder)) }
        for folder in missingFolders {
            guard (try? Posix.rmdir(folder.path)) != nil else { return }
        }
    }

    /// A store that was there: its sync record, refs and remote as before the join.
    private func putBack(_ repo: SyncRepository) {
        guard hadSyncFolder else {
            try? FileManager.default.removeItem(at: store.url(StoreLayout.syncFolder))
            return
        }
        if let state {
            try? AtomicFile.write(state, to: store.url(SyncState.path), root: store.root)
        } else {
            try? FileManager.default.removeItem(at: store.url(SyncState.path))
        }
        guard hadGit else {
            try? FileManager.default.removeItem(at: store.url(SyncState.gitFolder))
            return
        }
        for ref in [SyncRepository.branch, SyncRepository.remoteBranch] { try? repo.setRef(ref, to: refs[ref]) }
        let remote = state.flatMap { try? JSONCoding.decode(SyncState.self, from: $0, file: SyncState.path) }?.remote
        try? repo.setRemote(remote)
    }
}
