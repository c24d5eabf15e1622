import ArgumentParser
import Foundation
import WeekboardCore

/// What every command works out first: the store, the person, the config, today and the week.
struct CommandEnvironment {
    let env: [String: String]
    let config: Config
    let store: Store
    let person: String
    let today: CalendarDay
    let now: Date

    init(_ global: GlobalOptions, storeOverride: URL? = nil) throws {
        env = ProcessInfo.processInfo.environment
        config = try Config.load(environment: env)
        if let override = storeOverride {
            store = Store(root: override)
        } else if let path = global.store, !path.isEmpty {
            store = Store(root: URL(fileURLWithPath: path))
        } else {
            store = Store(root: Store.defaultRoot(environment: env))
        }
        let rawPerson = global.person ?? env["WEEKBOARD_PERSON"].flatMap { $0.isEmpty ? nil : $0 } ?? config.person ?? Self.loginName(env)
        person = try TextRules.person(rawPerson)
        now = Date()
        // WEEKBOARD_TODAY pins the date (tests, demos, screenshots); otherwise the local date.
        if let pinned = env["WEEKBOARD_TODAY"], !pinned.isEmpty {
            guard let day = CalendarDay.parse(pinned) else { throw WeekboardCore.ValidationError("WEEKBOARD_TODAY '\(pinned)' is not a date like 2026-11-24") }
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
            throw WeekboardCore.ValidationError(e.description)
        }
    }

    func context(_ week: ISOWeek) -> ActionContext {
        ActionContext(person: person, week: week, now: now, today: today)
    }

    /// Performs an action and prints what it did.
    func perform(_ action: Action, week: ISOWeek) throws {
        let outcome = try store.perform(action, context(week))
        print(outcome.message)
    }

    /// Everything one week shows, for the `--week` given (the store must exist).
    func snapshot(_ option: WeekOption, colleagues: Bool = true) throws -> WeekSnapshot {
        try snapshot(week(option), colleagues: colleagues)
    }

    func snapshot(_ week: ISOWeek, upgrade: Bool = true, colleagues: Bool = true) throws -> WeekSnapshot {
        try requireStore(upgrade: upgrade)
        return try WeekSnapshot.load(store: store, person: person, week: week, today: today, baselineYears: config.years,
                                     colleagues: colleagues)
    }

    /// The store must already exist for read-only commands (writes create it).
    /// Stops unless there is a store; a store in an earlier format is upgraded first (with a note
    /// on stderr), unless `upgrade` is false (`--read-only`) or it cannot be written.
    func requireStore(upgrade: Bool = true) throws {
        guard store.exists else {
            throw WeekboardCore.ValidationError("no store at \(store.root.path) yet. Run 'weekboard init' (or 'weekboard init --demo' for sample data), or pass --store PATH.")
        }
        guard try store.needsUpgrade() else { return }
        guard upgrade, store.isWritable else { throw StoreError.olderFormat(path: store.root.path, found: try store.info().schemaVersion) }
        if let note = try store.upgradeIfNeeded() { FileHandle.standardError.write(Data("weekboard: \(note)\n".utf8)) }
    }

    static func loginName(_ env: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] { if let v = env[key], !v.isEmpty { return v } }
        return NSUserName()
    }
}

/// Runs a command body, turning weekboard's errors into a message on stderr and a non-zero exit:
/// 2 for bad input, 1 for a store or file problem.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as WeekboardCore.ValidationError {
        FileHandle.standardError.write(Data("weekboard: error: \(e.message)\n".utf8))
        throw ExitCode(2)
    } catch let e as StoreError {
        FileHandle.standardError.write(Data("weekboard: error: \(e.description)\n".utf8))
        throw ExitCode(1)
    }
}
