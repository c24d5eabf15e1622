#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The store's syncable files at one moment, by store-relative path: what one side of a sync holds
/// (the common ancestor, this machine, or the remote). Files that never travel are never in one.
package struct SyncTree: Equatable, Sendable {
    package var files: [String: Data]

    package init(files: [String: Data] = [:]) { self.files = files }
}
