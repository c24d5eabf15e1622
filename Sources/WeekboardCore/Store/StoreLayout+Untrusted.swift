#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Paths read back from the journal (`fields[].file`) and the commit record (`steps[].path`/`.temp`)
// are untrusted: a hand edit, a damaged disk or (once stores sync) another machine wrote them. Undo,
// redo and recovery write, move and delete only what these say is one of the store's own files, so a
// path like `../../outside/victim.json` is refused before anything is touched.
extension StoreLayout {
    /// True when `path` names a data file undo may change: `board.json`, `okrs.json`, `access.json`,
    /// a person's week or `person.json`, a contact or caller week (or shard), a board-history year
    /// (a kind `StoreFileWriter.journalled`).
    static func isJournalledFile(_ path: String) -> Bool {
        StoreFileKind.describing(path)?.writer == .journalled
    }

    /// True when `path` names a file a commit may write or remove: a data file, `store.json`,
    /// `secret.key`, a streak index, a format-1 contacts year, a journal month or field part, or a copy kept by
    /// `repair` under `repair-backup/<time>/`.
    static func isCommittableFile(_ path: String) -> Bool {
        guard let file = StoreFilePath(path), file.kind.writer != .other else { return false }
        guard file.kind == .repairBackup else { return true }
        guard let copy = file.parts.copy.flatMap(StoreFilePath.init) else { return false }
        return copy.kind.writer != .other && copy.kind != .repairBackup
    }

    /// True when `temp` is a temp file the commit staged for `path`: in the same folder, named
    /// `.tmp-<name>-…` after it.
    static func isTempFile(_ temp: String, for path: String) -> Bool {
        guard let tempParts = plainParts(temp), let parts = plainParts(path), tempParts.count == parts.count,
            tempParts.dropLast() == parts.dropLast()
        else { return false }
        return tempParts.last!.hasPrefix("\(AtomicFile.tempPrefix)\(parts.last!)-")
    }

    /// The path's parts when it is relative and has no empty, `.` or `..` part (nil otherwise).
    private static func plainParts(_ path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
        else { return nil }
        return parts
    }
}
