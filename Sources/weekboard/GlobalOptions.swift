import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Options every command takes, before or after the subcommand name; their help is their entry's in
/// `CommandOption.all`.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(CommandOption.help("--store"), valueName: "path"),
        completion: .directory)
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(CommandOption.help("--person"), valueName: "name"), completion: StoreCompletion.people)
    var person: String?

    @Flag(name: .customLong("read-only"), help: ArgumentHelp(CommandOption.help("--read-only")))
    var readOnly = false
}

/// A week option shared by the commands that act on one week.
struct WeekOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The week: 2026-W48, 2026.48, a date (2026-11-24) or this/last/next. Default: this week.", valueName: "week"
        ))
    var week: String?
}

/// `--week` on a board change: the update is dated in that week (this week or a past one).
struct DatedWeekOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Date it in this week or a past one (same weekday): 2026-W48, last, a date… Default: today.",
            valueName: "week"))
    var week: String?

    var option: WeekOption {
        var o = WeekOption()
        o.week = week
        return o
    }
}

/// The range `--weeks` takes wherever a command looks back over weeks: two years at most. A value out
/// of range is a bad value (exit 2), as for every value weekboard checks itself.
func validateWeekCount(_ weeks: Int) throws {
    guard (1...104).contains(weeks) else { throw badValue("--weeks must be 1 to 104, not \(weeks)") }
}
