#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One sync of a store at a time (`sync/lock`; not the store's lock, which sync holds only briefly).
/// Held, it also means any git lock file left in `sync/git` is a killed sync's leftover, removed here.
final class SyncLock {
    private let fd: Int32

    init(_ store: Store) throws {
        _ = try Directories.make(store.url(StoreLayout.syncFolder), under: store.root)
        let path = store.url("sync/lock").path
        do {
            fd = try Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
        } catch let failure as Posix.Failure {
            throw SyncError("\(path): cannot open: \(failure.reason)")
        }
        do { try Posix.flock(fd, LOCK_EX | LOCK_NB) } catch {
            Posix.close(fd)
            throw SyncError("another sync of this store is running; try again when it has finished")
        }
        Self.removeStaleGitLocks(store.url(SyncState.gitFolder).path)
    }

    deinit {
        try? Posix.flock(fd, LOCK_UN)
        Posix.close(fd)
    }

    /// `*.lock` files git makes while it changes a ref, the index or the config: only a killed git leaves one.
    private static func removeStaleGitLocks(_ dir: String) {
        func walk(_ path: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where name != "objects" {
                let full = "\(path)/\(name)"
                if name.hasSuffix(".lock") {
                    try? Posix.unlink(full)
                } else if Posix.isFolder(full) == true {
                    walk(full)
                }
            }
        }
        walk(dir)
    }
}
