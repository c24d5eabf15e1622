import ArgumentParser
import WeekboardCore

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Programmes on the board: rename one, or archive all its projects.",
        subcommands: [Rename.self, Archive.self]
    )

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename a programme on every project in it; a name that exists already merges the two.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme's name now (case-insensitive, or the start of it).") var name: String
        @Argument(help: "The new name.") var newName: String

        func run() throws { try global.perform(.board(.renameProgramme(name: name, to: newName))) }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive", abstract: "Archive every project of a programme (each can be restored).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme's name.", completion: StoreCompletion.programmes) var name: String
        @OptionGroup(title: "Back-dating") var week: DatedWeekOption

        func run() throws { try global.perform(.board(.archiveProgramme(name: name)), week: week.option, dated: true) }
    }
}
