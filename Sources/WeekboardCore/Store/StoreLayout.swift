#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The store's files in one place: where each lives and what kind it is. Team data is journalled
/// (and is what a later sync would share); host-private files (the caller key) are written with
/// changes but never journalled or shared; scratch is the lock, temp files and the pending commit.
package enum StoreLayout {
    package enum Kind: Equatable, Sendable {
        /// Team or person data: every change to it is journalled and can be undone.
        case data
        /// Belongs to this host only (`secret.key`): never journalled, never synced.
        case hostPrivate
        /// The journal's own files.
        case journal
        /// The lock, temp files, the pending-commit record.
        case scratch
        /// Rebuilt from data files by the commit that changes them (`PositiveWeeks`): never journalled.
        case derived
    }

    package static let info = "store.json"
    package static let lock = ".lock"
    package static let board = "board.json"
    package static let okrs = "okrs.json"
    /// What a sync left for a person to pick (`ConflictList`).
    package static let conflicts = "conflicts.json"
    /// Who may reach the store over SSH (`weekboard access`): team data, journalled.
    package static let access = "access.json"
    package static let secretKey = "secret.key"
    package static let peopleFolder = "people"
    package static let contactsFolder = "contacts"
    package static let callersFolder = "callers"
    /// Follow-ups of callers who call too often (`FollowUps`): caller-level data, beside the caller weeks.
    package static let followUps = "callers/followups.json"
    package static let boardHistoryFolder = "board-history"
    package static let journalFolder = "journal"
    package static let indexFolder = "index"
    /// The redo record of a commit in progress (see docs/store-format.md, "All-or-nothing").
    package static let pendingCommit = "journal/commit.json"
    /// The highest journal number ever given (`JournalMark`): it outlives the month files.
    package static let journalMark = "journal/mark.json"
    /// This host's sync state and its bare git folder (`StoreSync`): host-private, never journalled.
    package static let syncFolder = "sync"

    package static func personWeek(_ person: String, _ week: ISOWeek) -> String { "people/\(person)/\(week.id).json" }
    /// The person's name as first given (`PersonProfile`), beside their weeks.
    package static func personProfile(_ person: String) -> String { "people/\(person)/\(PersonProfile.fileName)" }
    package static func contacts(_ week: ISOWeek) -> String { "contacts/\(week.id).json" }
    package static func legacyContacts(_ year: Int) -> String { "contacts/\(year).json" }
    package static func callers(_ week: ISOWeek) -> String { "callers/\(week.id).json" }
    /// One of a busy week's sixteen caller files (`CallerWeek.shards`).
    package static func callerShard(_ week: ISOWeek, _ shard: String) -> String { "callers/\(week.id)/\(shard).json" }
    package static func boardHistory(_ year: Int) -> String { "\(boardHistoryFolder)/\(year).json" }
    package static func positiveWeeks(_ person: String) -> String { "\(indexFolder)/\(person)/positive-weeks.json" }
    package static func journalSegment(_ month: String) -> String { "journal/\(month).jsonl" }

    /// The kind of the file at `path`, from its descriptor (`StoreFileKind`); a path no kind describes
    /// is treated as data, so a change to it is journalled rather than lost from the record.
    package static func kind(of path: String) -> Kind {
        StoreFileKind.describing(path)?.category.layoutKind ?? .data
    }

    /// What an absent data file reads as, encoded: a change is diffed against this, so creating a
    /// file records only the fields it set, and undoing every one of them removes the file again.
    static func emptyValue(of path: String) -> Data? {
        StoreFilePath(path).flatMap { $0.kind.emptyValue($0) }
    }

    /// Decodes a data file as its own type, so bytes made by undo are checked exactly as a reader
    /// would check them before anything is committed. A path no kind describes is refused.
    static func check(_ path: String, _ data: Data, store: Store) throws {
        try check(path, data, fileName: store.url(path).path)
    }

    /// The same check for bytes that are in no store yet (a merged file, `SyncMerge`); `full` names it.
    static func check(_ path: String, _ data: Data, fileName full: String) throws {
        guard let file = StoreFilePath(path) else {
            throw StoreError.malformed(file: full, location: "", reason: "is not a kind of file the store holds")
        }
        try file.kind.check(data, file: full)
    }
}
