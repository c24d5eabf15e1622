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

/// What is already at an export's `--out` path, looked at without following a symbolic link:
/// `--force` replaces a regular file and nothing else (never a link, a pipe or a device). A refusal is a
/// file problem (exit 1), not a bad value.
enum ExportTarget {
    /// Throws unless `path` is absent, or a regular file and `overwrite` is set.
    static func check(_ path: String, overwrite: Bool) throws {
        guard let st = try? Posix.lstatIfPresent(path) else { return }
        let kind: String
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            if overwrite { return }
            throw StoreError.io(path: path, reason: "already exists; use --force to replace it")
        case S_IFDIR: throw StoreError.io(path: path, reason: "is a folder; give a file name for --out")
        case S_IFLNK: kind = "a symbolic link"
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw StoreError.io(
            path: path,
            reason: "is \(kind); --out writes, and --force replaces, only a regular file (nothing was written)")
    }

    /// Throws when `path` is inside the store at `store`, links and `..` resolved: an export there would
    /// replace a store file without the lock or the journal (`--force` or not).
    static func checkOutside(_ path: String, store: URL) throws {
        guard let storeReal = Posix.realPath(store.path) else { return }
        let url = URL(fileURLWithPath: path)
        // The folder exists (the write needs it); the last part is what the export would create.
        var resolved = Posix.realPath(url.deletingLastPathComponent().path).map { URL(fileURLWithPath: $0) }
        if let dir = resolved {
            let last = url.lastPathComponent
            resolved =
                last == ".." ? dir.deletingLastPathComponent() : last == "." ? dir : dir.appendingPathComponent(last)
        }
        guard let target = resolved?.standardizedFileURL.path else { return }
        if target == storeReal || target.hasPrefix(storeReal.hasSuffix("/") ? storeReal : storeReal + "/") {
            throw StoreError.io(
                path: path,
                reason: "is inside the store (\(storeReal)); --out writes only outside it (nothing was written)")
        }
    }
}
