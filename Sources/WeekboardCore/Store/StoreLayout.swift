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

    public static func kind(of path: String) -> Kind {
        if path == secretKey || path.hasPrefix(syncFolder + "/") { return .hostPrivate }
        if path == lock || path == pendingCommit || path.split(separator: "/").last?.hasPrefix(".tmp-") == true {
            return .scratch
        }
        if path.hasPrefix(journalFolder + "/") { return .journal }
        if path.hasPrefix(indexFolder + "/") { return .derived }
        return .data
    }

    /// What an absent data file reads as, encoded: a change is diffed against this, so creating a
    /// file records only the fields it set, and undoing every one of them removes the file again.
    static func emptyValue(of path: String) -> Data? {
        let parts = path.split(separator: "/").map(String.init)
        func week(_ name: String) -> ISOWeek? {
            name.hasSuffix(".json") ? ISOWeek.parseID(String(name.dropLast(5))) : nil
        }
        switch (parts.count, parts.first) {
        case (1, _) where path == board: return try? JSONCoding.encode(Board())
        case (1, _) where path == okrs: return try? JSONCoding.encode(OKRSet())
        case (1, _) where path == access: return try? JSONCoding.encode(AccessList())
        case (2, _) where path == followUps: return try? JSONCoding.encode(FollowUps())
        case (3, peopleFolder?) where parts[2] == PersonProfile.fileName: return try? JSONCoding.encode(PersonProfile())
        case (3, peopleFolder?):
            return week(parts[2]).flatMap { try? JSONCoding.encode(PersonWeek(person: parts[1], week: $0)) }
        case (2, contactsFolder?): return week(parts[1]).flatMap { try? JSONCoding.encode(ContactWeek(week: $0)) }
        case (2, callersFolder?): return week(parts[1]).flatMap { try? JSONCoding.encode(CallerWeek(week: $0)) }
        case (3, callersFolder?):
            return ISOWeek.parseID(parts[1]).flatMap { try? JSONCoding.encode(CallerWeek(week: $0)) }
        case (2, boardHistoryFolder?):
            return Int(parts[1].dropLast(5)).flatMap { try? JSONCoding.encode(BoardHistoryYear(year: $0)) }
        default: return nil
        }
    }

    /// Decodes a data file as its own type, so bytes made by undo are checked exactly as a reader
    /// would check them before anything is committed.
    static func check(_ path: String, _ data: Data, store: Store) throws {
        let full = store.url(path).path
        let parts = path.split(separator: "/").map(String.init)
        switch (parts.count, parts.first) {
        case (1, _) where path == info: _ = try JSONCoding.decode(StoreInfo.self, from: data, file: full)
        case (1, _) where path == board: _ = try JSONCoding.decode(Board.self, from: data, file: full)
        case (1, _) where path == okrs: _ = try JSONCoding.decode(OKRSet.self, from: data, file: full)
        case (1, _) where path == access: _ = try JSONCoding.decode(AccessList.self, from: data, file: full)
        case (2, _) where path == followUps: _ = try JSONCoding.decode(FollowUps.self, from: data, file: full)
        case (3, peopleFolder?) where parts[2] == PersonProfile.fileName:
            _ = try JSONCoding.decode(PersonProfile.self, from: data, file: full)
        case (3, peopleFolder?): _ = try JSONCoding.decode(PersonWeek.self, from: data, file: full)
        case (2, contactsFolder?): _ = try JSONCoding.decode(ContactWeek.self, from: data, file: full)
        case (2, callersFolder?), (3, callersFolder?):
            _ = try JSONCoding.decode(CallerWeek.self, from: data, file: full)
        case (2, boardHistoryFolder?): _ = try JSONCoding.decode(BoardHistoryYear.self, from: data, file: full)
        default: _ = try JSONCoding.decode(JSONValue.self, from: data, file: full)
        }
    }
}
