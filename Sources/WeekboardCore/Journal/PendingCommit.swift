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

    var entry: JournalEntry
    var steps: [Step]

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
