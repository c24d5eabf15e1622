import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Actions on a project: what, who and by when; then done.",
        discussion: """
            A project is named as for 'project'; an action by its number within the project, from 1 in the \
            order added ('action list').
            """,
        subcommands: [Add.self, RAIDCloseCommand<Self>.self, RAIDListCommand<Self>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an action to a project.",
            discussion: """
                Example:
                  weekboard action add Lifts "Write to residents" --owner Priya --due fri
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "What is to be done.") var what: String
        @Option(help: "Who does it.") var owner: String
        @Option(help: ArgumentHelp("When it is due: 2026-12-04, fri, +2w…", valueName: "date")) var due: String?

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .addAction(
                        ActionFields(what: what, owner: owner, due: try parseDate(due, option: "--due", today: e.today))
                    ))
            }
        }
    }
}
