extension StoreFileKind {
    // The sync rules follow issue 23's "What travels": team and personal data travel merged, the journal
    // travels as a journal, and what belongs to this machine (keys, caller-level data, the access list,
    // derived and scratch files) never leaves it.

    /// What the store is (its name, when it was made, its format). It travels merged: it names the team's
    /// store, which every machine shows in its header, and says the format every other file is in, which
    /// every machine must share (a newer one is refused, an older one upgraded before anything syncs).
    static let info = json(
        "store info", StoreLayout.info, .team, .commit, sync: .merged, StoreInfo.self, empty: nil)
    static let board = json(
        "board", StoreLayout.board, .team, .journalled, sync: .merged, Board.self, empty: { _ in Board() })
    /// Older status updates; RAID items and ratings live in the board's projects (board.json).
    static let boardHistory = json(
        "board history year", "\(StoreLayout.boardHistoryFolder)/<YYYY>.json", .team, .journalled,
        sync: .merged, BoardHistoryYear.self, empty: { BoardHistoryYear(year: $0.year!) })
    static let personWeek = json(
        "person week", "\(StoreLayout.peopleFolder)/<person>/<YYYY>-W<ww>.json", .personal, .journalled,
        sync: .merged, PersonWeek.self, empty: { PersonWeek(person: $0.person!, week: $0.week!) })
    static let personProfile = json(
        "person profile", "\(StoreLayout.peopleFolder)/<person>/\(PersonProfile.fileName)", .personal,
        .journalled, sync: .merged, PersonProfile.self, empty: { _ in PersonProfile() })
    /// Weekly figures travel; the caller-level data they were counted from does not. Per-contact imports
    /// merge by identity (`WeeklyCount.imports`, `SyncContactsMerge`), so an export imported on two
    /// machines counts once and different exports both count.
    static let contactWeek = json(
        "contact week", "\(StoreLayout.contactsFolder)/<YYYY>-W<ww>.json", .team, .journalled, sync: .merged,
        ContactWeek.self, empty: { ContactWeek(week: $0.week!) })
    /// Format 1's contacts, read only to upgrade the store, which removes them before anything syncs.
    static let legacyContacts = json(
        "format 1 contact year", "\(StoreLayout.contactsFolder)/<YYYY>.json", .team, .commit, sync: .never,
        ContactYear.self, empty: { ContactYear(year: $0.year!) })
    static let okrs = json(
        "OKRs", StoreLayout.okrs, .team, .journalled, sync: .merged, OKRSet.self, empty: { _ in OKRSet() })
    /// What a sync left for a person to pick (`weekboard sync resolve`): it travels, so a pick made on one
    /// machine closes the conflict on every machine.
    static let conflicts = json(
        "sync conflicts", StoreLayout.conflicts, .team, .journalled, sync: .merged, ConflictList.self,
        empty: { _ in ConflictList() })
    /// Each host decides who may reach it.
    static let access = json(
        "access list", StoreLayout.access, .team, .journalled, sync: .never, AccessList.self,
        empty: { _ in AccessList() })
    /// Caller-level data stays on the machine that imported it; only the contact weeks' figures travel.
    static let callerWeek = json(
        "caller week", "\(StoreLayout.callersFolder)/<YYYY>-W<ww>.json", .team, .journalled, sync: .never,
        CallerWeek.self, empty: { CallerWeek(week: $0.week!) })
    static let callerShard = json(
        "caller shard", "\(StoreLayout.callersFolder)/<YYYY>-W<ww>/<h>.json", .team, .journalled, sync: .never,
        CallerWeek.self, empty: { CallerWeek(week: $0.week!) })
    static let followUps = json(
        "follow-ups", StoreLayout.followUps, .team, .journalled, sync: .never, FollowUps.self,
        empty: { _ in FollowUps() })
    static let secretKey = json(
        "caller key", StoreLayout.secretKey, .hostPrivate, .commit, sync: .never, CallerKeyFile.self,
        empty: { _ in CallerKeyFile(key: "", createdAt: nil) })
    static let positiveWeeks = json(
        "positive weeks index", "\(StoreLayout.indexFolder)/<person>/positive-weeks.json", .derived, .commit,
        sync: .never, PositiveWeeks.self, empty: { _ in PositiveWeeks([]) })
    static let journalMonth = other(
        "journal month", "\(StoreLayout.journalFolder)/<YYYY>-<MM>.jsonl", .journal, .commit, sync: .journal,
        sizeLimit: nil)
    /// An import's undo details beside its journal line (`JournalFields`): caller-level, so they never travel.
    static let journalFields = other(
        "journal field part", "\(StoreLayout.journalFolder)/fields/<seq>-<n>.json", .journal, .commit, sync: .never,
        sizeLimit: StoreFileSize.limit)
    /// Per machine: each machine's own highest number, so it never gives one twice.
    static let journalMark = json(
        "journal mark", StoreLayout.journalMark, .journal, .other, sync: .never, JournalMark.self, empty: nil)
    static let pendingCommit = json(
        "commit record", StoreLayout.pendingCommit, .scratch, .other, sync: .never, PendingCommit.self,
        empty: nil)
    static let lock = other("lock", StoreLayout.lock, .scratch, .other, sync: .never, sizeLimit: 0)
    static let temp = other(
        "temp file", "**/\(AtomicFile.tempPrefix)*", .scratch, .other, sync: .never,
        sizeLimit: StoreFileSize.limit)
    /// Originals `repair` set aside, byte for byte (`**`: the file's own store path).
    static let repairBackup = other(
        "repair copy", "\(StoreRepair.backupFolder)/*/**", .hostPrivate, .commit, sync: .never, sizeLimit: nil)

    /// This host's sync with a git remote (`StoreSync`): the bare repository, its state, this copy's id.
    static let syncState = other(
        "sync state", "\(StoreLayout.syncFolder)/**", .hostPrivate, .other, sync: .never, sizeLimit: nil)

    /// Every kind of store file. Order matters only for the temp file, which may be in any folder.
    static let all: [StoreFileKind] = [
        temp, info, lock, board, boardHistory, personWeek, personProfile, contactWeek, legacyContacts, okrs,
        conflicts, access, callerWeek, callerShard, followUps, secretKey, positiveWeeks, journalMonth,
        journalFields,
        journalMark, pendingCommit, repairBackup, syncState,
    ]
}
