#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything the dashboard does to the world, as injected functions: the runtime calls these
/// for effects and the clock, so the loop runs against a real store or against test doubles.
package struct DashboardEnvironment {
    /// Reads the week's snapshot as of `today`.
    package var loadWeek: (ISOWeek, CalendarDay) throws -> WeekSnapshot
    /// Runs one change in one store transaction; returns what to tell the user.
    package var perform: (Action, ActionContext) throws -> String
    package var readOKRs: () throws -> OKRSet
    /// Takes back (or puts back) the person's last change; returns what to tell the user.
    package var undo: () throws -> String
    package var redo: () throws -> String
    /// The journal's changes made on a week, newest first.
    package var loadLog: (ISOWeek) throws -> [JournalEntry]
    /// The callers calling too often, with their follow-ups (`FollowUpList`).
    package var loadFollowUps: () throws -> FollowUpList
    /// The conflicts a sync left for a person to pick (`Store.openConflicts`); none by default.
    package var loadConflicts: () throws -> [SyncConflict] = { [] }
    /// Up to a year of the person's weeks through the given one.
    package var loadHistory: (ISOWeek, CalendarDay) throws -> GoalHistory
    /// Writes `text` to `path` (relative to the export folder, `~` expanded) without replacing
    /// anything; returns the full path. An existing file is `EffectFailure(kind: .exists)`.
    package var saveFile: (_ path: String, _ text: String) throws -> String
    /// Starts watching what a week's snapshot reads; the function returned says whether any of
    /// it changed since.
    package var watch: (ISOWeek) -> () -> Bool
    /// After a change to the person's own week was written: that one file as it now is, read again in
    /// place of the whole snapshot. (The write also changes the person's folder, and a first change
    /// may add their `person.json`, so the next idle tick still reads the whole week once, off the
    /// key's path.) Nil: the whole week is read again at once (`loadWeek`).
    package var rereadWeek: ((ISOWeek) throws -> PersonWeek)?
    package var person: String
    /// The SSH access name when the dashboard runs through `weekboard gate`: recorded with every change.
    package var access: String?
    /// Who acts when the dashboard shows someone else's week (`--person`): recorded with every change as
    /// an access name is (`priya as alex`), as the CLI records it. Nil when they act as themselves.
    package var actor: String?
    /// Today's local date; asked on every tick so the dashboard follows midnight.
    package var today: () -> CalendarDay
    /// The instant stamped on changes (goal `changedAt`).
    package var now: () -> Date
    /// An error in words for the message line.
    package var describe: (Error) -> String
    /// The background sync, when the store has a remote and may be written (nil: no sync).
    package var sync: DashboardSync?

    package init(
        loadWeek: @escaping (ISOWeek, CalendarDay) throws -> WeekSnapshot,
        perform: @escaping (Action, ActionContext) throws -> String,
        readOKRs: @escaping () throws -> OKRSet,
        undo: @escaping () throws -> String = { throw InputError("undo is not available here") },
        redo: @escaping () throws -> String = { throw InputError("redo is not available here") },
        loadLog: @escaping (ISOWeek) throws -> [JournalEntry] = { _ in [] },
        loadFollowUps: @escaping () throws -> FollowUpList = { FollowUpList(callers: []) },
        loadHistory: @escaping (ISOWeek, CalendarDay) throws -> GoalHistory,
        saveFile: @escaping (String, String) throws -> String,
        watch: @escaping (ISOWeek) -> () -> Bool,
        person: String,
        today: @escaping () -> CalendarDay,
        now: @escaping () -> Date,
        describe: @escaping (Error) -> String = { "\($0)" }
    ) {
        self.loadWeek = loadWeek
        self.perform = perform
        self.readOKRs = readOKRs
        self.undo = undo
        self.redo = redo
        self.loadLog = loadLog
        self.loadFollowUps = loadFollowUps
        self.loadHistory = loadHistory
        self.saveFile = saveFile
        self.watch = watch
        self.person = person
        self.today = today
        self.now = now
        self.describe = describe
    }

    /// The real thing: `person`'s weeks in `store` (changes through `Store.perform`, the same
    /// transaction as the CLI), weeknotes saved under `exportFolder`, the system clock unless given.
    package static func live(
        store: Store, person: String, baselineYears: Int = 3, completeWeeks: Int? = 4,
        exportFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        today: @escaping () -> CalendarDay = { CalendarDay(Date()) },
        now: @escaping () -> Date = { Date() }, access: String? = nil, actor: String? = nil,
        serviceAliases: ServiceAliases = ServiceAliases(), own: OwnName = OwnName()
    ) -> DashboardEnvironment {
        let source = ChangeSource(
            person: person, origin: access == nil ? "dashboard" : "ssh", access: access ?? actor)
        var environment = DashboardEnvironment(
            loadWeek: { week, today in
                try WeekSnapshot.load(
                    store: store, person: person, week: week, today: today, baselineYears: baselineYears,
                    completeWeeks: completeWeeks, own: own)
            },
            perform: { action, ctx in
                var ctx = ctx
                ctx.serviceAliases = serviceAliases
                ctx.displayName = own.typed
                return try store.perform(action, ctx).message
            },
            readOKRs: { try store.read(StoreFiles.okrs) },
            undo: { try store.undo(source, now: now()).committed.summary },
            redo: { try store.redo(source, now: now()).committed.summary },
            loadLog: { week in
                let entries = try store.log(LogQuery(week: week), limit: LogOverlay.limit)
                // Each person by their name (`Sam Patel`), as `weekboard log` shows them: for the overlay only.
                let names = try store.reading { try $0.displayNames(of: entries.map(\.source.person)) }
                let here = store.journalOrigin
                return entries.map { e in
                    var e = e
                    e.source.person = names[e.source.person] ?? e.source.person
                    // Only another copy's entries are numbered with their origin (`JournalText.line`).
                    if e.origin == here { e.origin = nil }
                    return e
                }
            },
            loadHistory: { week, today in
                try GoalHistory.load(
                    store: store, person: person, through: week, weeks: HistoryOverlay.weeks,
                    today: today, baselineYears: baselineYears, own: own)
            },
            saveFile: { path, text in
                let expanded = Posix.expandingTilde(path)
                let url =
                    (expanded.hasPrefix("/")
                    ? URL(fileURLWithPath: expanded)
                    : exportFolder.appendingPathComponent(expanded)).standardizedFileURL
                if FileManager.default.fileExists(atPath: url.path) { throw EffectFailure(url.path, kind: .exists) }
                try ExportFile.write(text, to: url, overwrite: false, store: store.root)
                return url.path
            },
            watch: { week in
                let watch = StoreWatch(store: store, person: person, week: week, baselineYears: baselineYears)
                return { watch.hasChanged }
            },
            person: person, today: today, now: now,
            // Paths relative to the store, so the file and the reason fit on the message line.
            describe: { "\($0)".replacing(store.root.path + "/", with: "") })
        environment.access = access
        environment.actor = actor
        environment.loadFollowUps = { try FollowUpList.load(store: store, reader: store) }
        environment.loadConflicts = { try store.openConflicts() }
        environment.rereadWeek = { week in try store.read(StoreFiles.personWeek(person, week)) }
        return environment
    }
}
