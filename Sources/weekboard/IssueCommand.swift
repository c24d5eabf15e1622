import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "A project's issues: title, severity (1 to 5), owner, action and due date.",
        discussion: """
            A project is named as for 'project'; an issue by its number within the project, from 1 in the \
            order added ('issue list').
            """,
        subcommands: [Add.self, Edit.self, RAIDCloseCommand<Self>.self, RAIDListCommand<Self>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an issue to a project.",
            discussion: """
                Example:
                  weekboard issue add Lifts "Lift 3 out of service" --severity 4 --owner Sam \\
                    --action "Engineer booked" --due +3d
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "What has happened.") var title: String
        @Option(help: "How serious, 1 (minor) to 5 (critical).") var severity: Int
        @Option(help: "Who owns it.") var owner: String
        @Option(help: "What is being done about it.") var action: String?
        @Option(help: ArgumentHelp("When the action is due: 2026-12-04, fri, +2w…", valueName: "date"))
        var due: String?

        func validate() throws { try checkScore(severity, "--severity") }

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .addIssue(
                        IssueFields(
                            title: title, severity: severity, owner: owner, action: action,
                            due: try parseDate(due, option: "--due", today: e.today))))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change an issue: any of its title, severity, owner, action, due date.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "Which issue, from 1 ('issue list').") var number: Int
        @Option(help: "A new title.") var title: String?
        @Option(help: "1 to 5.") var severity: Int?
        @Option(help: "Who owns it.") var owner: String?
        @Option(help: "What is being done about it (\"\" clears it).") var action: String?
        @Option(help: ArgumentHelp("When the action is due.", valueName: "date")) var due: String?

        func validate() throws { try checkScore(severity, "--severity") }

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .editIssue(
                        number: number,
                        IssueFields(
                            title: title, severity: severity, owner: owner, action: action,
                            due: try parseDate(due, option: "--due", today: e.today))))
            }
        }
    }
}
