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

/// Writes an exported document (a weeknote) to a path the user chose, never half-written:
/// the text goes to a temp file beside it, is flushed, then linked or renamed into place.
public enum ExportFile {
    /// Without `overwrite`, an existing file is refused. The check and the write are one step
    /// (`link` fails if the name exists), so a file appearing meanwhile is not clobbered either.
    /// Nothing is written inside the store at `store` (`ExportTarget.checkOutside`).
    public static func write(_ text: String, to url: URL, overwrite: Bool, store: URL) throws {
        let path = url.path
        try ExportTarget.checkOutside(path, store: store)
        try ExportTarget.check(path, overwrite: overwrite)
        let dir = url.deletingLastPathComponent()
        guard Posix.isFolder(dir.path) == true else {
            throw StoreError.io(path: dir.path, reason: "no such folder")
        }
        let temp = dir.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        // 0666 before the umask: an export is meant to be shared, unlike store files.
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw StoreError.io(path: path, reason: "cannot create: \(errnoText())") }
        defer { unlink(temp.path) }
        var failure: String?
        do { try Posix.writeAll(fd, Data(text.utf8)) } catch { failure = "write failed: \(error)" }
        if failure == nil, fsync(fd) != 0 { failure = "fsync failed: \(errnoText())" }
        close(fd)
        if let failure { throw StoreError.io(path: path, reason: failure) }
        if overwrite {
            guard rename(temp.path, path) == 0 else {
                throw StoreError.io(path: path, reason: "cannot replace: \(errnoText())")
            }
        } else if link(temp.path, path) != 0 {
            if errno == EEXIST { throw StoreError.io(path: path, reason: "already exists; use --force to replace it") }
            throw StoreError.io(path: path, reason: "cannot create: \(errnoText())")
        }
        AtomicFile.syncDirectory(dir)
    }
}
