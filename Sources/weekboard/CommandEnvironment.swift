import ArgumentParser
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
import WeekboardCore

/// What every command works out first: the store, the person, the config, today and the week.
struct CommandEnvironment {
    let env: [String: String]
    let config: Config
    let store: Store
    /// `--store` as typed, so advice can repeat it.
    let storeOption: String?
    /// The person's folder in the store (`Store.personFolder`): their identity in files and the journal.
    let person: String
    /// Who acts when `--person` names someone else: the person the user says they are
    /// (`WEEKBOARD_PERSON`, else the config's `person`), as their folder. The journal keeps them as it
    /// keeps an SSH access name acting for a person, so `log` and sync's conflicts say `priya as alex`.
    /// nil when they act as themselves or never said who they are.
    let actingPerson: String?
    /// How they are shown (`OwnName`): the config's `displayName` for your own week (not another's,
    /// named with `--person`), else the name kept in the store, else as typed (`Zoë`, `Sam Patel`).
    let own: OwnName
    let today: CalendarDay
    let now: Date
    /// `--read-only` or `WEEKBOARD_READ_ONLY=1`: every write is refused.
    let readOnly: Bool

    init(_ global: GlobalOptions, storeOverride: URL? = nil) throws {
        try self.init(
            store: global.store, person: global.person, readOnly: global.readOnly, storeOverride: storeOverride)
    }

    /// The same from `--store`, `--person` and `--read-only` as typed (nil: not given), for `StatusFastPath`.
    init(store storePath: String?, person personOption: String?, readOnly flag: Bool, storeOverride: URL? = nil)
        throws
    {
        env = ProcessInfo.processInfo.environment
        config = try Config.load(environment: env)
        storeOption = storeOverride == nil ? storePath.flatMap { $0.isEmpty ? nil : $0 } : nil
        if let override = storeOverride {
            store = Store(root: override)
        } else if let path = storePath {
            // An empty --store is a mistake (an unset variable in a script), never "the default store".
            guard !path.isEmpty else {
                throw InputError("--store is empty; give the store's folder, or leave --store out for the default")
            }
            store = Store(root: URL(fileURLWithPath: path))
        } else {
            store = Store(root: Store.defaultRoot(environment: env))
        }
        let rawPerson =
            personOption ?? env["WEEKBOARD_PERSON"].flatMap { $0.isEmpty ? nil : $0 } ?? config.person
            ?? Self.loginName(env)
        let name = try PersonName(rawPerson)
        person = store.personFolder(name)
        let declared = env["WEEKBOARD_PERSON"].flatMap { $0.isEmpty ? nil : $0 } ?? config.person
        let me = personOption == nil ? nil : declared.flatMap { try? PersonName($0) }.map(store.personFolder)
        actingPerson = me == person ? nil : me
        own = OwnName(preferred: personOption == nil ? config.displayName : nil, typed: name.display)
        // WEEKBOARD_NOW pins the instant (tests of time zones: today is then its date under TZ).
        if let pinned = env["WEEKBOARD_NOW"], !pinned.isEmpty {
            guard let instant = try? Date(pinned, strategy: .iso8601) else {
                throw InputError("WEEKBOARD_NOW '\(pinned)' is not an instant like 2026-11-29T10:30:00Z")
            }
            now = instant
        } else {
            now = Date()
        }
        readOnly = flag || env["WEEKBOARD_READ_ONLY"] == "1"
        // WEEKBOARD_TODAY pins the date (tests, demos, screenshots); otherwise the local date.
        if let pinned = env["WEEKBOARD_TODAY"], !pinned.isEmpty {
            guard let day = CalendarDay.parse(pinned) else {
                throw InputError("WEEKBOARD_TODAY '\(pinned)' is not a date like 2026-11-24 (years 1900 to 9999)")
            }
            today = day
        } else {
            today = CalendarDay(now)
        }
    }

    func week(_ option: WeekOption) throws -> ISOWeek { try week(parsing: option.week) }

    /// A `--week` value; this week when absent.
    func week(parsing raw: String?) throws -> ISOWeek {
        guard let raw else { return ISOWeek(containing: today) }
        do { return try WeekSpec.parse(raw, today: today) } catch let e as WeekSpec.Invalid {
            throw InputError(e.description)
        }
    }

    /// The day a dated change made for `week` carries: the date given (`--week 2026-11-16`), else
    /// today in this week and the same weekday in a past one. A day to come is refused: a board change
    /// cannot be dated in the future.
    func day(in week: ISOWeek, option raw: String?) throws -> CalendarDay {
        let now = ISOWeek(containing: today)
        let day =
            raw.flatMap(CalendarDay.parse)
            ?? today.adding(days: week.monday.daysSinceEpoch - now.monday.daysSinceEpoch)
        guard day <= today else {
            throw InputError(
                "--week \(Sanitize.text(raw ?? week.id)) has not begun: a board change is dated today or earlier")
        }
        return day
    }

    /// Who is changing the store, for the journal.
    var source: ChangeSource { ChangeSource(person: person, origin: origin, access: access ?? actingPerson) }

    /// The SSH access name when `weekboard gate` ran this command (it sets `WEEKBOARD_ACCESS` after
    /// clearing every `WEEKBOARD_*` the client sent), so the journal says `NAME as PERSON (ssh)`.
    var access: String? { env["WEEKBOARD_ACCESS"].flatMap { try? AccessList.checkName($0) } }
    var origin: String { access == nil ? "cli" : "ssh" }

    func context(_ week: ISOWeek) -> ActionContext {
        var ctx = ActionContext(
            person: person, week: week, now: now, today: today, origin: origin, access: access ?? actingPerson,
            serviceAliases: config.aliases, displayName: own.typed)
        ctx.followUpRule = config.followUpRule
        return ctx
    }

    /// Everything one week shows, for the `--week` given (the store must exist).
    /// `showComplete`: complete projects stay on the board however long ago they finished.
    func snapshot(_ option: WeekOption, colleagues: Bool = true, showComplete: Bool = false) throws -> WeekSnapshot {
        try snapshot(week(option), colleagues: colleagues, showComplete: showComplete)
    }

    /// `names: false` leaves out the names people are shown by (`--json` gives folders).
    func snapshot(
        _ week: ISOWeek, upgrade: Bool = true, colleagues: Bool = true, showComplete: Bool = false, names: Bool = true
    ) throws -> WeekSnapshot {
        try requireStore(upgrade: upgrade)
        return try WeekSnapshot.load(
            store: store, person: person, week: week, today: today, baselineYears: config.years,
            colleagues: colleagues, completeWeeks: showComplete ? nil : config.completeShownWeeks, names: names,
            own: own)
    }

    /// The store must already exist, for reads and writes alike: only `init` creates one, so a change
    /// to a mistyped `--store` never makes a new, empty store somewhere.
    /// Stops unless there is a store; a store in an earlier format is upgraded first (with a note
    /// on stderr), unless `upgrade` is false (`--read-only`) or it cannot be written.
    func requireStore(upgrade: Bool = true) throws {
        guard store.exists else {
            if storeOption != nil {
                throw StoreError.notFound(
                    """
                    no store at \(store.root.path) yet. Run 'weekboard\(storeWords) init' (add --demo for \
                    sample data), or check the path.
                    """
                )
            }
            throw StoreError.notFound(
                """
                no store at \(store.root.path) yet. Run 'weekboard init' (or 'weekboard init --demo' for sample \
                data), or pass --store PATH.
                """
            )
        }
        guard try store.needsUpgrade() else { return }
        guard upgrade, store.isWritable else {
            throw StoreError.olderFormat(path: store.root.path, found: try store.info().schemaVersion)
        }
        if let note = try store.upgradeIfNeeded() { sayError(note) }
    }

    /// ` --store PATH` as typed (quoted for a shell when it needs it), or nothing for the default store:
    /// what advice must repeat so the command it suggests reaches the same store.
    var storeWords: String {
        guard let storeOption else { return "" }
        let plain = storeOption.allSatisfy { $0.isLetter || $0.isNumber || "/._-+@%=:,".contains($0) }
        guard !plain else { return " --store " + storeOption }
        return " --store '"
            + storeOption.split(separator: "'", omittingEmptySubsequences: false).joined(
                separator: "'\\''") + "'"
    }

    /// Stops a write in read-only mode, before anything is touched: exit 1, as for a store that
    /// cannot be written (README, "Exit codes").
    func requireWritable() throws {
        guard !readOnly else {
            throw StoreError.invalid("read-only (--read-only or WEEKBOARD_READ_ONLY=1): nothing was changed")
        }
    }

    static func loginName(_ env: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] { if let v = env[key], !v.isEmpty { return v } }
        return SystemAccess.userName()
    }
}

extension GlobalOptions {
    /// The one way a command changes the store: `action` for `--week` (default this week) in one
    /// transaction, the same as the dashboard's, then what it did printed.
    func perform(_ action: Action, week: WeekOption? = nil) throws {
        try perform(week: week) { _ in action }
    }

    /// The same, for an action that needs the environment to be made (today, for a date like `fri`).
    /// `dated`: the change is dated (a board change): a past `--week` back-dates it to the same
    /// weekday in that week, so its history, that week's board and its weeknote agree.
    func perform(
        week: WeekOption? = nil, dated: Bool = false, _ action: (CommandEnvironment) throws -> Action
    ) throws {
        let e = try CommandEnvironment(self)
        try e.requireWritable()
        try e.requireStore()
        let made = try action(e)
        var ctx = e.context(try week.map(e.week) ?? ISOWeek(containing: e.today))
        if dated {
            ctx.today = try e.day(in: ctx.week, option: week?.week)
            ctx.backdated = ctx.today < e.today
        }
        let outcome = try e.store.perform(made, ctx)
        sayNotices(outcome.notices)
        say(outcome.message)
        noteUnfinishedCommit(e.store)
    }

    func perform(_ action: Action, week: WeekOption, dated: Bool) throws {
        try perform(week: week, dated: dated) { _ in action }
    }

    /// The same for a change to the OKRs, which belong to no week.
    func perform(_ change: OKRChange) throws {
        let e = try CommandEnvironment(self)
        try e.requireWritable()
        try e.requireStore()
        say(try e.store.perform(change, now: e.now, source: e.source).message)
        noteUnfinishedCommit(e.store)
    }
}
