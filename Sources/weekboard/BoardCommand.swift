import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "The programme board's meeting.", subcommands: [Meeting.self])

    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meeting",
            abstract: "Run a board meeting in the dashboard, an item a screen, and write its minutes.",
            discussion: """
                For each programme: its exceptions first (new reds, projects forecast outside tolerance, overdue \
                milestones, stale projects), then each decision requested, then each red or amber project; each \
                screen says who owns the item and what the board is asked. There, n and p step through the \
                agenda, d records the decision asked (journalled like any change), a agrees an action on the \
                item's project, and Esc ends the meeting and writes board-minutes-DATE.md in this folder (never \
                replacing a file): the decisions and actions, each owned and dated. In the dashboard, M on the \
                board runs a meeting on the selected project's programme. Without a terminal, the agenda is \
                printed.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(
            name: .customLong("programme"),
            help: ArgumentHelp(
                "A programme on the agenda (repeat for more; default: every active one).", valueName: "name"),
            completion: StoreCompletion.programmes)
        var programmes: [String] = []
        @Option(
            help: ArgumentHelp(
                "A theme name (default, light, high-contrast, monochrome, colour-blind) or a theme file.",
                valueName: "name|path"))
        var theme: String?

        func run() throws {
            var request = DashboardRequest(
                store: global.store, person: global.person, readOnly: global.readOnly, theme: theme)
            request.meeting = programmes
            try DashboardLauncher(options: request).run()
        }
    }
}
