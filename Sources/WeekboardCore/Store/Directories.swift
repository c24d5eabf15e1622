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
            do {
                try Posix.mkdir(current.path, mode: 0o700)
                created.append(current)
            } catch let failure as Posix.Failure where failure.errno == EEXIST {
                continue
            } catch {
                throw StoreError.io(path: current.path, reason: "cannot create folder: \(error)")
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
