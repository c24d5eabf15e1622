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
/// through `AtomicFile` (a temp file beside it, flushed, then linked or renamed into place).
package enum ExportFile {
    /// Without `overwrite`, an existing file is refused. The check and the write are one step
    /// (`link` fails if the name exists), so a file appearing meanwhile is not clobbered either.
    /// Nothing is written inside the store at `store` (`ExportTarget.checkOutside`).
    package static func write(_ text: String, to url: URL, overwrite: Bool, store: URL) throws {
        let path = url.path
        try ExportTarget.checkOutside(path, store: store)
        try ExportTarget.check(path, overwrite: overwrite)
        let dir = url.deletingLastPathComponent()
        guard Posix.isFolder(dir.path) == true else {
            throw StoreError.io(path: dir.path, reason: "no such folder")
        }
        // 0666 before the umask: an export is meant to be shared, unlike store files.
        try AtomicFile.write(Data(text.utf8), to: url, mode: 0o666, replacing: overwrite, wording: .export)
    }
}
