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

/// Crash-safe file replacement, the one place that writes a whole file: write a temp file in the same
/// folder, fsync it, rename it over the old one, fsync the folder. A crash at any instant leaves the old
/// or the new file. Store files, the redo record, the SSH account's `authorized_keys` and exports all
/// come through here. A commit of several files stages every temp file first (`stage`) and renames them
/// only once its redo record is durable (see `Store.commit`).
enum AtomicFile {
    /// Temp files start with this, so a reader never mistakes one for data and a writer
    /// holding the lock knows any it finds are left over from a crash.
    static let tempPrefix = ".tmp-"

    /// The words a failure is given: a store file and `authorized_keys` "cannot write", an export
    /// "cannot create" (it makes a file the user named).
    struct Wording {
        var create = "cannot write"
        var replace = "rename failed"
        var exists = "already exists"
        static let store = Wording()
        static let export = Wording(
            create: "cannot create", replace: "cannot replace", exists: "already exists; use --force to replace it")
    }

    /// Writes `data` to a new temp file beside `url` (fsynced) inside the store at `root`, making the
    /// folders on the way, and returns the temp file's URL.
    static func stage(_ data: Data, for url: URL, root: URL) throws -> URL {
        try Directories.make(url.deletingLastPathComponent(), under: root)
        return try stage(data, for: url)
    }

    /// Writes `data` to a new temp file beside `url` (`mode` before the umask, never through a link),
    /// fsynced unless `sync` is false, and returns the temp file's URL. Errors name `url`, not the temp file.
    static func stage(
        _ data: Data, for url: URL, mode: mode_t = 0o600, sync: Bool = true, wording: Wording = .store
    ) throws -> URL {
        let name = "\(tempPrefix)\(url.lastPathComponent)-\(Posix.processID)-\(UInt32.random(in: 0...UInt32.max))"
        let temp = url.deletingLastPathComponent().appendingPathComponent(name)
        let fd: Int32
        do {
            fd = try Posix.open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: mode)
        } catch {
            throw StoreError.io(path: url.path, reason: "\(wording.create): \(error)")
        }
        var ok = false
        defer {
            Posix.close(fd)
            if !ok { try? Posix.unlink(temp.path) }
        }
        try Posix.writeAll(fd, data, path: url.path)
        if sync {
            do { try Posix.fsync(fd) } catch { throw StoreError.io(path: url.path, reason: "fsync failed: \(error)") }
        }
        ok = true
        return temp
    }

    /// Puts a staged temp file at `url`, then fsyncs the folder: renamed over whatever is there, or when
    /// not `replacing`, linked in only if nothing is (the check and the write one step). The temp file
    /// is gone afterwards either way.
    static func place(_ temp: URL, at url: URL, replacing: Bool = true, wording: Wording = .store) throws {
        do {
            if replacing {
                try Posix.rename(temp.path, url.path)
            } else {
                defer { try? Posix.unlink(temp.path) }
                try Posix.link(temp.path, url.path)
            }
        } catch let failure as Posix.Failure {
            try? Posix.unlinkIfPresent(temp.path)
            if !replacing, failure.errno == EEXIST { throw StoreError.io(path: url.path, reason: wording.exists) }
            throw StoreError.io(path: url.path, reason: "\(replacing ? wording.replace : wording.create): \(failure)")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Replaces `url` with `data` on its own (one file; for the redo record and the repair's backups).
    static func write(_ data: Data, to url: URL, root: URL) throws {
        try place(try stage(data, for: url, root: root), at: url)
    }

    /// Writes a file outside the store (`authorized_keys`, an export) whose folder exists.
    static func write(
        _ data: Data, to url: URL, mode: mode_t, replacing: Bool = true, wording: Wording = .store
    ) throws {
        let temp = try stage(data, for: url, mode: mode, wording: wording)
        try place(temp, at: url, replacing: replacing, wording: wording)
    }

    /// Removes a file (absent is fine) and makes the removal durable before anything after it.
    static func remove(_ url: URL) throws {
        do { try Posix.unlinkIfPresent(url.path) } catch {
            throw StoreError.io(path: url.path, reason: "cannot remove: \(error)")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Removes temp files a crashed writer left behind. Only call while holding the store lock,
    /// on a folder inside the store that is not a symbolic link (`Directories.make` checked it).
    static func removeLeftovers(in dir: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(tempPrefix) { try? Posix.unlink(dir.appendingPathComponent(name).path) }
    }

    static func syncDirectory(_ dir: URL) { Posix.syncFolder(dir.path) }
}
