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
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw SyncError("\(path): cannot open: \(Posix.Failure("").reason)") }
        guard Posix.retrying({ flock(fd, LOCK_EX | LOCK_NB) }) == 0 else {
            close(fd)
            throw SyncError("another sync of this store is running; try again when it has finished")
        }
        Self.removeStaleGitLocks(store.url(SyncState.gitFolder).path)
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// `*.lock` files git makes while it changes a ref, the index or the config: only a killed git leaves one.
    private static func removeStaleGitLocks(_ dir: String) {
        func walk(_ path: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where name != "objects" {
                let full = "\(path)/\(name)"
                if name.hasSuffix(".lock") {
                    unlink(full)
                } else if Posix.isFolder(full) == true {
                    walk(full)
                }
            }
        }
        walk(dir)
    }
}
