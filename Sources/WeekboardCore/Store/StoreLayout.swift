#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The store's files in one place: where each lives and what kind it is. Team data is journalled
/// (and is what a later sync would share); host-private files (the caller key) are written with
/// changes but never journalled or shared; scratch is the lock, temp files and the pending commit.
public enum StoreLayout {
    public enum Kind: Equatable, Sendable {
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

    public static let info = "store.json"
    public static let lock = ".lock"
    public static let board = "board.json"
    public static let okrs = "okrs.json"
    /// What a sync left for a person to pick (`ConflictList`).
    public static let conflicts = "conflicts.json"
    /// Who may reach the store over SSH (`weekboard access`): team data, journalled.
    public static let access = "access.json"
    public static let secretKey = "secret.key"
    public static let peopleFolder = "people"
    public static let contactsFolder = "contacts"
    public static let callersFolder = "callers"
    /// Follow-ups of callers who call too often (`FollowUps`): caller-level data, beside the caller weeks.
    public static let followUps = "callers/followups.json"
    public static let boardHistoryFolder = "board-history"
    public static let journalFolder = "journal"
    public static let indexFolder = "index"
    /// The redo record of a commit in progress (see docs/store-format.md, "All-or-nothing").
    public static let pendingCommit = "journal/commit.json"
    /// The highest journal number ever given (`JournalMark`): it outlives the month files.
    public static let journalMark = "journal/mark.json"
    /// This host's sync state and its bare git folder (`StoreSync`): host-private, never journalled.
    public static let syncFolder = "sync"

    public static func personWeek(_ person: String, _ week: ISOWeek) -> String { "people/\(person)/\(week.id).json" }
    /// The person's name as first given (`PersonProfile`), beside their weeks.
    public static func personProfile(_ person: String) -> String { "people/\(person)/\(PersonProfile.fileName)" }
    public static func contacts(_ week: ISOWeek) -> String { "contacts/\(week.id).json" }
    public static func legacyContacts(_ year: Int) -> String { "contacts/\(year).json" }
    public static func callers(_ week: ISOWeek) -> String { "callers/\(week.id).json" }
    /// One of a busy week's sixteen caller files (`CallerWeek.shards`).
    public static func callerShard(_ week: ISOWeek, _ shard: String) -> String { "callers/\(week.id)/\(shard).json" }
    public static func boardHistory(_ year: Int) -> String { "\(boardHistoryFolder)/\(year).json" }
    public static func positiveWeeks(_ person: String) -> String { "\(indexFolder)/\(person)/positive-weeks.json" }
    public static func journalSegment(_ month: String) -> String { "journal/\(month).jsonl" }

    /// The kind of the file at `path`, from its descriptor (`StoreFileKind`); a path no kind describes
    /// is treated as data, so a change to it is journalled rather than lost from the record.
    public static func kind(of path: String) -> Kind {
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
