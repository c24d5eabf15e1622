#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which store files travel when the store syncs, and how (docs/store-format.md, "Sync"): the one place
/// sync asks, reading each kind's rule from its descriptor (`StoreFileKind.sync`). A path no kind
/// describes never travels, and one that arrives from a remote is not applied.
package enum SyncRules {
    /// Where the merge keeps what a person must pick (team data: it travels).
    static let conflictsFile = StoreLayout.conflicts

    package static func rule(for path: String) -> StoreFileSync {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
            !parts.last!.hasPrefix(AtomicFile.tempPrefix)
        else { return .never }
        return StoreFileKind.describing(path)?.sync ?? .never
    }

    /// True when the path travels.
    package static func travels(_ path: String) -> Bool { rule(for: path) != .never }
}
