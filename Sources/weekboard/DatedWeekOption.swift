import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

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
