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

/// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over
/// the old one, fsync the folder. A crash at any instant leaves the old or the new file.
/// A commit of several files stages every temp file first (`stage`) and renames them only once its
/// redo record is durable (see `Store.commit`).
enum AtomicFile {
    /// Temp files start with this, so a reader never mistakes one for data and a writer
    /// holding the lock knows any it finds are left over from a crash.
    static let tempPrefix = ".tmp-"

    /// Writes `data` to a new temp file beside `url` (fsynced) and returns the temp file's URL.
    static func stage(_ data: Data, for url: URL, root: URL) throws -> URL {
        let dir = url.deletingLastPathComponent()
        try Directories.make(dir, under: root)
        let name = "\(tempPrefix)\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temp = dir.appendingPathComponent(name)
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        // Errors name the file being changed, not the temp file beside it.
        guard fd >= 0 else { throw StoreError.io(path: url.path, reason: "cannot write: \(errnoText())") }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temp.path) }
        }
        try Posix.writeAll(fd, data, path: url.path)
        guard fsync(fd) == 0 else { throw StoreError.io(path: url.path, reason: "fsync failed: \(errnoText())") }
        ok = true
        return temp
    }

    /// Replaces `url` with `data` on its own (one file; for the redo record and the export file).
    static func write(_ data: Data, to url: URL, root: URL) throws {
        let temp = try stage(data, for: url, root: root)
        guard rename(temp.path, url.path) == 0 else {
            let reason = errnoText()
            unlink(temp.path)
            throw StoreError.io(path: url.path, reason: "rename failed: \(reason)")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Removes a file (absent is fine) and makes the removal durable before anything after it.
    static func remove(_ url: URL) throws {
        guard unlink(url.path) == 0 || errno == ENOENT else {
            throw StoreError.io(path: url.path, reason: "cannot remove: \(errnoText())")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Removes temp files a crashed writer left behind. Only call while holding the store lock,
    /// on a folder inside the store that is not a symbolic link (`Directories.make` checked it).
    static func removeLeftovers(in dir: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(tempPrefix) { unlink(dir.appendingPathComponent(name).path) }
    }

    static func syncDirectory(_ dir: URL) {
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}

enum Directories {
    /// Creates the store's folder (and parents) with mode 0700. The store's own root may be a link
    /// (a user's choice); nothing under it may be.
    static func makeRoot(_ root: URL) throws {
        if let isDir = Posix.isFolder(root.path) {
            if !isDir { throw StoreError.io(path: root.path, reason: "exists but is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: root, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io(path: root.path, reason: "cannot create folder: \(error.readableDescription)")
        }
    }

    /// Creates `dir` inside the store (mode 0700), refusing a symbolic link or a file on the way,
    /// so no write can leave the store through a linked folder. Returns the folders it created,
    /// outermost first, so a change that then fails can take them away again.
    @discardableResult
    static func make(_ dir: URL, under root: URL) throws -> [URL] {
        try makeRoot(root)
        var created: [URL] = []
        var current = root
        for part in relativeParts(of: dir, under: root) {
            current = current.appendingPathComponent(part)
            if let st = try Posix.lstatIfPresent(current.path) {
                if Posix.isSymlink(st) { throw StoreError.symlink(path: current.path) }
                if !Posix.isDirectory(st) {
                    throw StoreError.io(path: current.path, reason: "exists but is not a folder")
                }
                continue
            }
            if mkdir(current.path, 0o700) == 0 {
                created.append(current)
            } else if errno != EEXIST {
                throw StoreError.io(path: current.path, reason: "cannot create folder: \(errnoText())")
            }
        }
        return created
    }

    /// Refuses a path inside the store whose folders include a symbolic link (reads do not follow them).
    static func checkNoLinks(_ dir: URL, under root: URL) throws {
        var current = root
        for part in relativeParts(of: dir, under: root) {
            current = current.appendingPathComponent(part)
            if let st = try Posix.lstatIfPresent(current.path), Posix.isSymlink(st) {
                throw StoreError.symlink(path: current.path)
            }
        }
    }

    private static func relativeParts(of dir: URL, under root: URL) -> [String] {
        let base = root.standardizedFileURL.pathComponents, parts = dir.standardizedFileURL.pathComponents
        guard parts.count >= base.count, Array(parts.prefix(base.count)) == base else { return [] }
        return Array(parts.dropFirst(base.count))
    }
}
