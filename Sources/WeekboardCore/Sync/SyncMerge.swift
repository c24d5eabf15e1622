#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The outcome of merging two sides of a sync: the tree to commit, and what a person must pick.
public struct SyncTreeMerge: Equatable, Sendable {
    public var tree: SyncTree
    /// Paths whose same field changed on both sides; their details are kept in the merged tree.
    public var conflictedPaths: [String]

    public init(tree: SyncTree, conflictedPaths: [String] = []) {
        self.tree = tree
        self.conflictedPaths = conflictedPaths
    }
}

/// Merges this machine's files with the remote's against their common ancestor, file by file.
public enum SyncMerge {
    /// A file changed on one side only is taken from that side; a file changed the same way on both
    /// is taken once. A file changed differently on both sides is refused here until the field
    /// merge (issue 23) lands.
    public static func merge(base: SyncTree, ours: SyncTree, theirs: SyncTree) throws -> SyncTreeMerge {
        var merged = SyncTree()
        let paths = Set(base.files.keys).union(ours.files.keys).union(theirs.files.keys)
        for path in paths.sorted() {
            let b = base.files[path], o = ours.files[path], t = theirs.files[path]
            let result: Data?
            if o == t {
                result = o
            } else if o == b {
                result = t
            } else if t == b {
                result = o
            } else {
                throw InputError("\(path): changed on both machines; this weekboard cannot merge it yet")
            }
            if let result { merged.files[path] = result }
        }
        return SyncTreeMerge(tree: merged)
    }
}
