import Foundation
import WeekboardCore

/// A store's files as one side of a sync sees them (`SyncTree`), and a merged tree written out as a
/// store to read back: for the merge tests, which use real stores changed by real actions.
package enum SyncTreeFiles {
    /// The files that travel: everything but the host-private, caller-level, per-machine ones
    /// (docs/store-format.md, "Sync").
    package static func tree(_ store: Store) -> SyncTree {
        // What travels is the store-file kinds' fact (`SyncRules`), not a list of this helper's own.
        let files = StoreSnapshot.files(store.root).filter { path, _ in SyncRules.travels(path) }
        return SyncTree(files: files)
    }

    /// A new store folder holding exactly `tree`.
    package static func store(_ tree: SyncTree) throws -> Store {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-merged-\(UUID().uuidString)")
        for (path, data) in tree.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try data.write(to: url)
        }
        return Store(root: root)
    }

    /// A copy of the store's folder (another machine that synced from it).
    package static func copy(_ store: Store) throws -> Store {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-copy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: store.root, to: root)
        return Store(root: root)
    }

    /// Gives a copy its origin, as `sync init` does (`sync/origin`).
    package static func setOrigin(_ origin: String, _ store: Store) throws {
        let dir = store.root.appendingPathComponent("sync")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data((origin + "\n").utf8).write(to: dir.appendingPathComponent("origin"))
    }
}
