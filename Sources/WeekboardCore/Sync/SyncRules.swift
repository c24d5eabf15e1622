#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which store files travel when the store syncs, and how (docs/store-format.md, "Sync"). The one
/// place sync asks; it will later read the store-file descriptors. A path it does not know never
/// travels, and one that arrives from a remote is not applied.
public enum SyncRules {
    /// Where the merge keeps what a person must pick (team data: it travels).
    public static let conflictsFile = "conflicts.json"

    public static func rule(for path: String) -> StoreFileSync {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
            !parts.last!.hasPrefix(AtomicFile.tempPrefix)
        else { return .never }
        // Host-private, caller-level, per-machine or derived: never, whatever else is said of them.
        let neverFirst: Set<String> = [
            StoreLayout.secretKey, StoreLayout.callersFolder, StoreLayout.access, StoreLayout.indexFolder,
            StoreLayout.lock, StoreLayout.syncFolder, "repair-backup",
        ]
        if neverFirst.contains(first) || path == StoreLayout.pendingCommit || path == StoreLayout.journalMark {
            return .never
        }
        if first == StoreLayout.journalFolder {
            return parts.count == 2 && StoreLayout.isCommittableFile(path) ? .journal : .never
        }
        if path == StoreLayout.info || path == conflictsFile { return .merged }
        return StoreLayout.isJournalledFile(path) ? .merged : .never
    }

    /// True when the path travels.
    public static func travels(_ path: String) -> Bool { rule(for: path) != .never }
}
