import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over
/// the old one, fsync the folder. A crash at any instant leaves the old or the new file.
enum AtomicFile {
    /// Temp files start with this, so a reader never mistakes one for data and a writer
    /// holding the lock knows any it finds are left over from a crash.
    static let tempPrefix = ".tmp-"

    static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try Directories.make(dir)
        let temp = dir.appendingPathComponent(
            "\(tempPrefix)\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: url.path, reason: "cannot create: \(errnoText())") }
        var ok = false
        defer { if !ok { unlink(temp.path) } }
        do { try Posix.writeAll(fd, data) } catch {
            close(fd)
            throw StoreError.io(path: url.path, reason: "write failed: \(error)")
        }
        if fsync(fd) != 0 {
            let reason = errnoText()
            close(fd)
            throw StoreError.io(path: url.path, reason: "fsync failed: \(reason)")
        }
        close(fd)
        guard rename(temp.path, url.path) == 0 else {
            throw StoreError.io(path: url.path, reason: "rename failed: \(errnoText())")
        }
        ok = true
        syncDirectory(dir)
    }

    /// Removes a file (absent is fine) and makes the removal durable before anything after it.
    static func remove(_ url: URL) throws {
        guard unlink(url.path) == 0 || errno == ENOENT else {
            throw StoreError.io(path: url.path, reason: "cannot remove: \(errnoText())")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Removes temp files a crashed writer left behind. Only call while holding the store lock.
    static func removeLeftovers(in dir: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(tempPrefix) { unlink(dir.appendingPathComponent(name).path) }
    }

    static func syncDirectory(_ dir: URL) {
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}

enum Directories {
    /// Creates a folder (and parents) with mode 0700.
    static func make(_ dir: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) {
            if !isDir.boolValue { throw StoreError.io(path: dir.path, reason: "exists but is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io(path: dir.path, reason: "cannot create folder: \(error.localizedDescription)")
        }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
