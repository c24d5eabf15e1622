#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a machine held before `sync init` tried to join it to a team, so a join that fails (a mistyped or
/// unreachable URL) leaves it as it was: no store folder where there was none, an empty folder empty, rather
/// than a half-made store holding only `sync/`. A store that existed keeps everything, its record of the
/// failure included.
struct JoinScaffold {
    let store: Store
    /// The store had `store.json` before: nothing is taken away.
    let hadStore: Bool
    let hadSyncFolder: Bool
    /// The store folder and the folders above it that did not exist, innermost first.
    let missingFolders: [URL]

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

    /// Takes away what the failed join made, unless a store came of it after all. Folders are removed only
    /// when empty, so nothing anyone else put there is lost. Call with the sync lock held.
    func takeAway() {
        guard !hadStore, !store.exists else { return }
        if !hadSyncFolder { try? FileManager.default.removeItem(at: store.url(StoreLayout.syncFolder)) }
        for folder in missingFolders {
            guard (try? Posix.rmdir(folder.path)) != nil else { return }
        }
    }
}
