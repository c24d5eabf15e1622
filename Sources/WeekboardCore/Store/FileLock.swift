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

/// A `flock` on the store's lock file: exclusive for a change, shared for a reader that must not see
/// a change half made. The kernel drops it if the process dies, so a crash never leaves the store locked.
final class FileLock {
    private let fd: Int32

    /// Exclusive, creating the lock file (never through a symbolic link).
    init(exclusive path: String) throws {
        let fd: Int32
        do { fd = try Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode: 0o600) } catch {
            throw Self.openError(path, error)
        }
        try Self.lock(fd, LOCK_EX, path)
        self.fd = fd
    }

    /// Shared; nil when there is no lock file (no change was ever made, so none is under way).
    init?(shared path: String) throws {
        let fd: Int32
        do { fd = try Posix.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) } catch {
            if (error as? Posix.Failure)?.errno == ENOENT { return nil }
            throw Self.openError(path, error)
        }
        try Self.lock(fd, LOCK_SH, path)
        self.fd = fd
    }

    private static func openError(_ path: String, _ error: Error) -> StoreError {
        (error as? Posix.Failure)?.errno == ELOOP
            ? .symlink(path: path) : .io(path: path, reason: "cannot open lock file: \(error)")
    }

    private static func lock(_ fd: Int32, _ op: Int32, _ path: String) throws {
        do { try Posix.flock(fd, op) } catch {
            Posix.close(fd)
            throw StoreError.io(path: path, reason: "cannot lock: \(error)")
        }
    }

    func unlock() {
        try? Posix.flock(fd, LOCK_UN)
        Posix.close(fd)
    }
}
