import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print the week at a glance: focus, goals, board and contacts, in 80 columns."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var weekOption: WeekOption

    @Flag(help: "Print the same facts as JSON (fields are listed in the README).")
    var json = false

    @Option(help: "Colour: auto (only when output is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "ASCII only, no colour.")
    var plain = false

    @Flag(help: "One line per person: focus and goal marks for the week.")
    var team = false

    @OptionGroup var widthOption: WidthOption

    @Flag(help: "Keep complete projects on the board (by default they leave it 4 weeks after their last update).")
    var showComplete = false

    func run() throws {
        try Self.show(
            CommandEnvironment(global), week: weekOption.week, json: json, color: color, plain: plain, team: team,
            width: widthOption.columns, showComplete: showComplete)
    }

    /// What `status` prints, for the parsed command and for `StatusFastPath` alike.
    static func show(
        _ e: CommandEnvironment, week: String?, json: Bool, color: ColorChoice, plain: Bool, team: Bool, width: Int,
        showComplete: Bool
    ) throws {
        // The plain summary shows no team; --team and --json do.
        let snapshot = try e.snapshot(
            e.week(parsing: week), colleagues: team || json, showComplete: showComplete, names: !json)
        if json {
            let snapshot = try snapshot.withMeasureNormals(store: e.store, years: e.config.years)
            let forecasts = try ContactWeeks(store: e.store).forecasts(
                after: snapshot.week, services: snapshot.contacts.map(\.service), years: e.config.years)
            let data = try JSONCoding.encodeForOutput(
                StatusReport(snapshot, labelStyle: e.config.labelStyle, forecasts: forecasts))
            writeOut(data)
            return
        }
        let useColor = !plain && ANSI.wantsColor(color, environment: e.env)
        let text = StatusText(
            snapshot, labelStyle: e.config.labelStyle, unicode: !plain && ANSI.localeIsUTF8(e.env), width: width)
        let lines = team ? text.teamLines : text.lines
        print(lines.map { ANSI.render($0, color: useColor) }.joined(separator: "\n"))
    }
}
