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

    /// Throws when `path` is inside the store at `store`, links and `..` resolved: a file written there (an
    /// export, `authorized_keys`) would replace a store file without the lock or the journal (`--force` or
    /// not). `option` names the path's option in the refusal. Folders on the way that do not exist yet (the
    /// write may make one) are taken as they are spelt.
    static func checkOutside(_ path: String, store: URL, option: String = "--out") throws {
        guard let storeReal = Posix.realPath(store.path) else { return }
        let parts = URL(fileURLWithPath: path).path.split(separator: "/").map(String.init)
        // The deepest folder on the way that exists, links resolved (never the last part: what the write
        // creates); the parts after it, which the write would create, are taken as spelt.
        var target = URL(fileURLWithPath: "/")
        var rest = parts[...]
        for i in stride(from: parts.count - 1, through: 0, by: -1) {
            if let real = Posix.realPath("/" + parts[..<i].joined(separator: "/")) {
                target = URL(fileURLWithPath: real)
                rest = parts[i...]
                break
            }
        }
        for part in rest where part != "." {
            target = part == ".." ? target.deletingLastPathComponent() : target.appendingPathComponent(part)
        }
        let full = target.standardizedFileURL.path
        if full == storeReal || full.hasPrefix(storeReal.hasSuffix("/") ? storeReal : storeReal + "/") {
            throw StoreError.io(
                path: path,
                reason: "is inside the store (\(storeReal)); \(option) writes only outside it (nothing was written)")
        }
    }
}
