import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract:
            "Show past weeks: a strip of goal outcomes, the streak, the year so far, and contacts against normal.",
        discussion: """
            One cell per week, oldest on the left: all goals met, some, none, or no goals set. A positive week has a \
            focus and all three goals done. Each service's weekly contacts are drawn above its baseline (normal for \
            the time of year), both on the same scale.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var weekOption: WeekOption
    @Option(help: "How many weeks, ending with --week (1 to 104).") var weeks: Int = 52
    @Option(help: "Colour: auto, always or never.") var color: ColorChoice = .auto
    @Flag(help: "ASCII only, no colour.") var plain = false
    @OptionGroup var widthOption: WidthOption

    func validate() throws {
        try validateWeekCount(weeks)
    }

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        let week = try e.week(weekOption)
        let history = try e.store.reading { store in
            try GoalHistory.load(
                store: store, person: e.person, through: week, weeks: weeks, today: e.today,
                baselineYears: e.config.years, own: e.own)
        }
        let useColor = !plain && ANSI.wantsColor(color, environment: e.env)
        let lines = HistoryText.lines(
            history, labelStyle: e.config.labelStyle, unicode: !plain && ANSI.localeIsUTF8(e.env),
            width: widthOption.width ?? max(widthOption.columns, weeks + 11))
        print(lines.map { ANSI.render($0, color: useColor) }.joined(separator: "\n"))
    }
}
