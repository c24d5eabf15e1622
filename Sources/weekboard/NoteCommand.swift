import ArgumentParser
import WeekboardCore

extension NoteSection: ExpressibleByArgument {}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Weeknote lists: ones to watch, what I'm learning, next week.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an entry to a weeknote section.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The section: watch, learning or next.") var section: NoteSection
        @Argument(help: "The entry.") var text: String

        func run() throws {
            try global.perform(.addNote(section, text), week: weekOption)
        }
    }
}
