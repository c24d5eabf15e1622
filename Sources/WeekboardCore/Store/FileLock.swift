import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on the store's lock file, held for one transaction. The kernel drops it
/// if the process dies, so a crash never leaves the store locked.
final class FileLock {
    private let fd: Int32

    init(path: String) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: path, reason: "cannot open lock file: \(errnoText())") }
        if Posix.retrying({ flock(fd, LOCK_EX) }) != 0 {
            let reason = errnoText()
            close(fd)
            throw StoreError.io(path: path, reason: "cannot lock: \(reason)")
        }
        self.fd = fd
    }

    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
