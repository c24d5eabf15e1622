import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "A project's risks: title, likelihood and impact (1 to 5), owner, mitigation, review date.",
        discussion: """
            A project is named as for 'project' (ignoring case, or the start of its name); a risk by its number \
            within the project, from 1 in the order added ('risk list'). Its score is likelihood × impact.
            """,
        subcommands: [Add.self, Edit.self, RAIDCloseCommand<Self>.self, RAIDListCommand<Self>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a risk to a project.",
            discussion: """
                Example:
                  weekboard risk add Kitchens "Contractor may start late" \\
                    --likelihood 3 --impact 4 --owner Sam \\
                    --mitigation "Second supplier on standby" --review fri
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "What may happen.") var title: String
        @Option(help: "How likely, 1 (rare) to 5 (almost certain).") var likelihood: Int
        @Option(help: "How bad if it happens, 1 (minimal) to 5 (severe).") var impact: Int
        @Option(help: "Who owns it.") var owner: String
        @Option(help: "What is being done to reduce it.") var mitigation: String?
        @Option(help: ArgumentHelp("When it is next reviewed: 2026-12-04, fri, +2w…", valueName: "date"))
        var review: String?

        func validate() throws {
            try checkScore(likelihood, "--likelihood")
            try checkScore(impact, "--impact")
        }

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .addRisk(
                        RiskFields(
                            title: title, likelihood: likelihood, impact: impact, owner: owner, mitigation: mitigation,
                            review: try parseDate(review, option: "--review", today: e.today))))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a risk: any of its title, scores, owner, mitigation, review date.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "Which risk, from 1 ('risk list').") var number: Int
        @Option(help: "A new title.") var title: String?
        @Option(help: "1 to 5.") var likelihood: Int?
        @Option(help: "1 to 5.") var impact: Int?
        @Option(help: "Who owns it.") var owner: String?
        @Option(help: "What is being done to reduce it (\"\" clears it).") var mitigation: String?
        @Option(help: ArgumentHelp("When it is next reviewed.", valueName: "date")) var review: String?

        func validate() throws {
            try checkScore(likelihood, "--likelihood")
            try checkScore(impact, "--impact")
        }

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .editRisk(
                        number: number,
                        RiskFields(
                            title: title, likelihood: likelihood, impact: impact, owner: owner, mitigation: mitigation,
                            review: try parseDate(review, option: "--review", today: e.today))))
            }
        }
    }
}
