#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The redo record of a commit (`journal/commit.json`): written atomically once every new file
/// is durable in its temp file, removed once every rename and the journal entry are durable.
/// While it exists the change is committed but perhaps not yet in place; replaying it is idempotent.
struct PendingCommit: Codable {
    struct Step: Codable {
        /// The store file changed.
        var path: String
        /// Its new content's temp file, store-relative; nil when the file is removed.
        var temp: String?
    }

    /// nil for a sync's apply, which brings the other machines' entries in its files instead.
    var entry: JournalEntry?
    var steps: [Step]

    /// Refuses a record naming anything but the store's own files (`StoreLayout.isCommittableFile`):
    /// replaying it would rename and delete whatever it names.
    func checkPaths(file: String) throws {
        // Its entry becomes a journal line: a count of parts no line may carry is refused here, not appended.
        guard entry?.fieldParts.map(JournalFields.partRange.contains) ?? true else {
            throw StoreError.malformed(
                file: file, location: "entry.fieldParts",
                reason: "is outside \(JournalFields.partRange); nothing was moved")
        }
        for (i, step) in steps.enumerated() {
            guard StoreLayout.isCommittableFile(step.path) else {
                throw StoreError.malformed(
                    file: file, location: "steps[\(i)].path",
                    reason: "names “\(Sanitize.text(step.path))”, which is not a store file; nothing was moved")
            }
            if let temp = step.temp, !StoreLayout.isTempFile(temp, for: step.path) {
                throw StoreError.malformed(
                    file: file, location: "steps[\(i)].temp",
                    reason: "names “\(Sanitize.text(temp))”, which is not a temp file beside \(step.path); "
                        + "nothing was moved")
            }
        }
    }

    /// What a reader sees while the record waits: each temp file not yet renamed stands for its target.
    func overlay(in store: Store) -> [String: String?] {
        var out: [String: String?] = [:]
        for step in steps {
            if let temp = step.temp {
                if FileManager.default.fileExists(atPath: store.url(temp).path) { out[step.path] = .some(temp) }
            } else {
                out[step.path] = .some(nil)
            }
        }
        return out
    }
}
