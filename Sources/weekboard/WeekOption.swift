import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A week option shared by the commands that act on one week.
struct WeekOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The week: 2026-W48, 2026.48, a date (2026-11-24) or this/last/next. Default: this week.", valueName: "week"
        ))
    var week: String?
}
