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

/// The file calls the store, the journal and the exports make: each retries EINTR where the call can
/// be interrupted and throws a `Failure` naming the call, the path and errno.
extension Posix {
    /// `open`; `mode` applies when `flags` has `O_CREAT`.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws -> Int32 {
        let fd = retrying { cOpen(path, flags, mode) }
        if fd < 0 { throw Failure("open", path: path) }
        return fd
    }

    /// `close`, not retried: on Linux the descriptor is gone even when it reports EINTR.
    static func close(_ fd: Int32) {
        _ = cClose(fd)
    }

    static func fsync(_ fd: Int32) throws {
        if retrying({ cFsync(fd) }) != 0 { throw Failure("fsync") }
    }

    /// Makes the folder's entries (a rename, a new or removed file) durable; best effort, as a folder
    /// that cannot be opened or synced leaves the files themselves as they were.
    static func syncFolder(_ path: String) {
        guard let fd = try? open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW) else { return }
        try? fsync(fd)
        close(fd)
    }

    static func rename(_ from: String, _ to: String) throws {
        if cRename(from, to) != 0 { throw Failure("rename", path: to) }
    }

    /// `link`: fails with EEXIST when `to` exists, so creating a name is one step.
    static func link(_ from: String, _ to: String) throws {
        if cLink(from, to) != 0 { throw Failure("link", path: to) }
    }

    static func unlink(_ path: String) throws {
        if cUnlink(path) != 0 { throw Failure("unlink", path: path) }
    }

    /// `unlink`, where nothing there is as good as removed.
    static func unlinkIfPresent(_ path: String) throws {
        if cUnlink(path) != 0, errno != ENOENT { throw Failure("unlink", path: path) }
    }

    static func mkdir(_ path: String, mode: mode_t) throws {
        if cMkdir(path, mode) != 0 { throw Failure("mkdir", path: path) }
    }

    static func rmdir(_ path: String) throws {
        if cRmdir(path) != 0 { throw Failure("rmdir", path: path) }
    }

    static func chmod(_ path: String, mode: mode_t) throws {
        if cChmod(path, mode) != 0 { throw Failure("chmod", path: path) }
    }

    static func ftruncate(_ fd: Int32, to size: Int) throws {
        if retrying({ cFtruncate(fd, off_t(size)) }) != 0 { throw Failure("ftruncate") }
    }

    /// The file's size, and the offset left at its end (`lseek(fd, 0, SEEK_END)`).
    static func seekToEnd(_ fd: Int32) throws -> Int {
        let size = cLseek(fd, 0, SEEK_END)
        if size < 0 { throw Failure("lseek") }
        return Int(size)
    }

    /// Fills `buffer` from `fd` at `offset`; the end of the file before it is full is EIO.
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        var got = 0
        while got < buffer.count {
            let n = try read(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[got...]), at: offset + got)
            if n == 0 { throw Failure("pread", errno: EIO) }
            got += n
        }
    }

    /// One `pread` into `buffer` at `offset`: how many bytes it gave (0 at the end of the file).
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = retrying { cPread(fd, base, buffer.count, off_t(offset)) }
        if n < 0 { throw Failure("pread") }
        return n
    }

    /// One `read` into `buffer`: how many bytes it gave (0 at the end of the file).
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = retrying { cRead(fd, base, buffer.count) }
        if n < 0 { throw Failure("read") }
        return n
    }

    /// `flock` with `op` (`LOCK_EX`, `LOCK_SH`, `LOCK_UN`), waiting through interruptions.
    static func flock(_ fd: Int32, _ op: Int32) throws {
        if retrying({ cFlock(fd, op) }) != 0 { throw Failure("flock") }
    }

    /// Whether this process may write in `path` (`access(path, W_OK)`).
    static func isWritable(_ path: String) -> Bool { cAccess(path, W_OK) == 0 }

    /// Whether this process may run `path` (`access(path, X_OK)`).
    static func isExecutable(_ path: String) -> Bool { cAccess(path, X_OK) == 0 }

    /// `realpath`: links and `..` resolved; nil when a part of it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = cRealpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// This process's id, to make temp file names unique.
    static var processID: Int32 { getpid() }
}

// The C calls under the names above: at file scope, where `open` is the C function, not `Posix.open`.
private func cAccess(_ p: String, _ m: Int32) -> Int32 { access(p, m) }
private func cChmod(_ p: String, _ m: mode_t) -> Int32 { chmod(p, m) }
private func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cFlock(_ fd: Int32, _ op: Int32) -> Int32 { flock(fd, op) }
private func cFsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func cFtruncate(_ fd: Int32, _ n: off_t) -> Int32 { ftruncate(fd, n) }
private func cLink(_ a: String, _ b: String) -> Int32 { link(a, b) }
private func cLseek(_ fd: Int32, _ o: off_t, _ w: Int32) -> off_t { lseek(fd, o, w) }
private func cMkdir(_ p: String, _ m: mode_t) -> Int32 { mkdir(p, m) }
private func cOpen(_ p: String, _ f: Int32, _ m: mode_t) -> Int32 { open(p, f, m) }
private func cPread(_ fd: Int32, _ b: UnsafeMutableRawPointer, _ n: Int, _ o: off_t) -> Int { pread(fd, b, n, o) }
private func cRead(_ fd: Int32, _ b: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, b, n) }
private func cRealpath(_ p: String, _ r: UnsafeMutablePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    realpath(p, r)
}
private func cRename(_ a: String, _ b: String) -> Int32 { rename(a, b) }
private func cRmdir(_ p: String) -> Int32 { rmdir(p) }
private func cUnlink(_ p: String) -> Int32 { unlink(p) }
