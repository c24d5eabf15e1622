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

/// Writes the SSH account's `authorized_keys` from the access list: read, replace the weekboard block,
/// write it through `AtomicFile` (a temp file beside it, 0600, fsynced, renamed over it). sshd reads the old
/// file or the new one, never half of one. The file is outside the store, so it is not journalled;
/// the access list it is made from is.
package struct AuthorizedKeysFile {
    package let path: String

    package init(path: String) { self.path = path }

    /// Rewrites the block for `list`; returns how many keys it holds.
    @discardableResult
    package func sync(_ list: AccessList, executable: String, store: String) throws -> Int {
        // A path remembered before such a path was refused: still never written inside the store.
        try ExportTarget.checkOutside(path, store: URL(fileURLWithPath: store), option: "--authorized-keys")
        let block = try AuthorizedKeys.block(list.entries, executable: executable, store: store)
        let data = try AuthorizedKeys.merge(try read(), block: block, file: path)
        try write(data)
        return block.count - 3
    }

    /// The current bytes; nil when there is no file yet. A symbolic link is refused: renaming over
    /// it would replace the link, not the file the admin meant.
    func read() throws -> Data? {
        guard let st = try Posix.lstatIfPresent(path) else { return nil }
        if Posix.isSymlink(st) {
            throw StoreError.io(path: path, reason: "is a symbolic link: give the file it points to")
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw StoreError.io(path: path, reason: "is not a regular file") }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw StoreError.io(path: path, reason: "cannot read: \(error.readableDescription)")
        }
    }

    func write(_ data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        // ~/.ssh may not exist yet for a new account: made as ssh-keygen makes it, 0700.
        if try Posix.lstatIfPresent(dir.path) == nil {
            do { try Posix.mkdir(dir.path, mode: 0o700) } catch {
                throw StoreError.io(path: dir.path, reason: "cannot create folder: \(error)")
            }
        }
        try AtomicFile.write(data, to: url, mode: 0o600)
    }
}
