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

/// `weekboard log`: who changed what, and when, newest first.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the store's changes, newest first: when, who, from where, and what.",
        discussion: """
            Every change is recorded (the CLI, the dashboard, imports, undo). Filter with --week (changes \
            dated in that week, including ones back-dated to it), --by NAME, --since DATE and --project NAME. \
            --prune-before DATE removes older entries (their changes can then no longer be undone); the store's \
            data is untouched.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var weekOption: WeekOption
    @Option(name: .long, help: ArgumentHelp("Only changes by this person (or SSH access name).", valueName: "name"))
    var by: String?
    @Option(name: .long, help: ArgumentHelp("Only changes made on or after this date.", valueName: "date"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("Only changes to this project.", valueName: "name"))
    var project: String?
    @Option(name: .long, help: ArgumentHelp("Show at most this many changes (default 50).", valueName: "n"))
    var limit: Int = 50
    @Flag(name: .long, help: "Print JSON for scripts.") var json = false
    @OptionGroup var widthOption: RecordWidthOption
    @Option(
        name: .customLong("prune-before"),
        help: ArgumentHelp("Remove journal entries made before this date (asks for --yes).", valueName: "date"))
    var pruneBefore: String?
    @Flag(name: .long, help: "Confirm --prune-before.") var yes = false

    func validate() throws {
        guard limit >= 1 else { throw badValue("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        if let raw = pruneBefore {
            let day = try Self.day(raw, option: "--prune-before")
            guard yes else {
                throw InputError("pruning removes journal entries for good: add --yes to confirm")
            }
            let n = try e.store.pruneJournal(before: day, source: e.source, now: e.now)
            print(
                n == 0 ? "No journal entries before \(day.iso)." : "Pruned \(n) journal entries from before \(day.iso)."
            )
            return
        }
        let query = LogQuery(
            week: weekOption.week == nil ? nil : try e.week(weekOption),
            person: by ?? global.person, since: try since.map { try Self.day($0, option: "--since") },
            project: project)
        let entries = try e.store.log(query, limit: limit)
        if json {
            writeOut(try JSONCoding.encodeForOutput(LogListing(entries)))
            return
        }
        let names = try e.store.reading { try $0.displayNames(of: entries.map(\.source.person)) }
        let lines = JournalText.lines(entries, width: widthOption.columns, names: names, here: e.store.journalOrigin)
        print(lines.joined(separator: "\n"))
        // Conflicts a sync left are part of what happened: shown until a person picks a value.
        let open = try e.store.openConflicts()
        if !open.isEmpty {
            let count = ConflictText.count(open.count)
            print("\n\(count) from syncing, waiting for a pick (weekboard sync resolve ID --keep …):")
            // As `sync resolve` lists them: both values and who set each in view at any width.
            print(ConflictText.blocks(open, width: widthOption.columns).joined(separator: "\n"))
        }
    }

    static func day(_ raw: String, option: String) throws -> CalendarDay {
        guard let day = CalendarDay.parse(raw) else {
            throw InputError("\(option) '\(Sanitize.text(raw))' is not a date like 2026-11-24 or 24/11/2026")
        }
        return day
    }
}
