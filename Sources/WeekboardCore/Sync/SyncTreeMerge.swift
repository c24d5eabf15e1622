#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The outcome of merging two sides of a sync: the tree to commit, and what a person must pick.
package struct SyncTreeMerge: Equatable, Sendable {
    package var tree: SyncTree
    /// Paths whose same field changed on both sides; their details are kept in the merged tree.
    package var conflictedPaths: [String]
    /// The conflicts this merge found (also in the merged tree's `conflicts.json`), for the person syncing.
    package var conflicts: [SyncConflict]

    package init(tree: SyncTree, conflictedPaths: [String] = [], conflicts: [SyncConflict] = []) {
        self.tree = tree
        self.conflictedPaths = conflictedPaths
        self.conflicts = conflicts
    }
}
