import ArgumentParser
import WeekboardCore

struct FocusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focus",
        abstract: "The week's one area of focus.",
        subcommands: [Set.self]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set this week's focus (one line).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The focus, e.g. \"Get the repairs backlog under control\".") var text: String

        func run() throws {
            try global.perform(.week(.setFocus(text)), week: weekOption)
        }
    }
}
