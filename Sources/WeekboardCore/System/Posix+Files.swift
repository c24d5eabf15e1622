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

/// What the store asks of a path without following it.
extension Posix {
    /// `lstat` of a path: nil when it does not exist.
    static func lstatIfPresent(_ path: String) throws -> stat? {
        var st = stat()
        if lstat(path, &st) == 0 { return st }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw StoreError.io(path: path, reason: "cannot examine: \(Failure("lstat", path: path))")
    }

    /// Whether a path (links followed) is a folder; nil when nothing is there, as
    /// `FileManager.fileExists(atPath:isDirectory:)` answers.
    static func isFolder(_ path: String) -> Bool? {
        fileStatus(path).map(isDirectory)
    }

    /// `stat` of a path, links followed: nil when it cannot be examined (absent, or no permission).
    static func fileStatus(_ path: String) -> stat? {
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }

    static func isSymlink(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFLNK }
    static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }
    static func isRegularFile(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFREG }

    /// `writeAll` for a store file: a failure names the file.
    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        do { try writeAll(fd, data) } catch {
            throw StoreError.io(path: path, reason: "write failed: \(error)")
        }
    }
}
