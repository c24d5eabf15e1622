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

/// The range `--weeks` takes wherever a command looks back over weeks: two years at most. A value out
/// of range is a bad value (exit 2), as for every value weekboard checks itself.
func validateWeekCount(_ weeks: Int) throws {
    guard (1...104).contains(weeks) else { throw badValue("--weeks must be 1 to 104, not \(weeks)") }
}
