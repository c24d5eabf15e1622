import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Decisions a project needs: the question, options, who decides and by when; then the outcome.",
        discussion: """
            A project is named as for 'project'; a decision by its number within the project, from 1 in the \
            order asked ('decision list').
            """,
        subcommands: [Add.self, Decide.self, RAIDListCommand<Self>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Ask for a decision (the board pack lists it under decisions requested).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "The question to decide.") var question: String
        @Option(help: "The options, as one line (\"A: extend; B: re-scope\").") var options: String?
        @Option(help: "Who decides (\"Programme board\").") var decider: String?
        @Option(help: ArgumentHelp("When it must be decided by: 2026-12-04, fri, +2w…", valueName: "date")) var by:
            String?

        func run() throws {
            try global.perform { e in
                .raid(
                    project: project,
                    .addDecision(
                        DecisionFields(
                            question: question, options: options, decider: decider,
                            deadline: try parseDate(by, option: "--by", today: e.today))))
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide", abstract: "Record what was decided, today.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
        @Argument(help: "Which decision, from 1 ('decision list').") var number: Int
        @Argument(help: "What was decided.") var outcome: String
        @Option(name: .customLong("by-whom"), help: "Who decided (default: you).") var byWhom: String?

        func run() throws {
            try global.perform(.raid(project: project, .decide(number: number, outcome: outcome, by: byWhom)))
        }
    }
}
