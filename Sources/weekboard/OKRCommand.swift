import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

struct OKRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr",
        abstract: "The team's objectives and key results (stored in okrs.json).",
        discussion: """
            A key result's progress is (current - baseline) / (target - baseline), clamped to 0-1, so targets below \
            the baseline work too. An objective's score is the mean of its key results' progress: 70% and over is \
            on track, 40% to 70% at risk, under 40% off track. Refer to an objective or key result by its number \
            (as 'okr list' shows) or by its title, in any case.
            """,
        subcommands: [AddObjective.self, AddKeyResult.self, Update.self, List.self]
    )

    struct AddObjective: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-objective", abstract: "Add an objective.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "What the team wants to achieve, e.g. \"Cut avoidable contact\".") var title: String

        func run() throws {
            try global.perform(OKRChange.addObjective(title: title))
        }
    }

    struct AddKeyResult: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-kr", abstract: "Add a key result to an objective.",
            discussion:
                """
                Example: weekboard okr add-kr 1 \"Abandoned calls\" --baseline 12 --target 5 --current 9 \
                --confidence 0.6 --unit %
                """
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The objective: its number or title.") var objective: String
        @Argument(help: "What is measured, e.g. \"Abandoned calls\".") var title: String
        @Option(help: "Where it started.") var baseline: Double
        @Option(help: "Where it should get to (may be below the baseline).") var target: Double
        @Option(help: "Where it is now (default: the baseline).") var current: Double?
        @Option(help: "How sure you are of hitting the target, 0 to 1.") var confidence: Double?
        @Option(help: "Shown after the numbers, e.g. % or days.") var unit: String?

        func run() throws {
            try global.perform(
                OKRChange.addKeyResult(
                    objective: objective, title: title, baseline: baseline, target: target,
                    current: current, confidence: confidence, unit: unit))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Record a key result's current value (and confidence).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The objective: its number or title.") var objective: String
        @Argument(help: "The key result: its number within the objective, or its title.") var keyResult: String
        @Option(help: "Where it is now.") var current: Double
        @Option(help: "How sure you are of hitting the target, 0 to 1.") var confidence: Double?

        func run() throws {
            try global.perform(
                OKRChange.updateKeyResult(
                    objective: objective, keyResult: keyResult, current: current,
                    confidence: confidence))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Show objectives with their score and band, and each key result's progress.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON (objectives with number, title, score, band and keyResults).") var json = false
        @Option(help: "Colour: auto, always or never.") var color: ColorChoice = .auto
        @Flag(help: "ASCII only, no colour.") var plain = false
        @OptionGroup var widthOption: WidthOption

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            let set = try e.store.read(StoreFiles.okrs)
            if json {
                writeOut(try JSONCoding.encodeForOutput(OKRReport(set)))
                return
            }
            let useColor = !plain && ANSI.wantsColor(color, environment: e.env)
            let lines = OKRText.lines(set, unicode: !plain && ANSI.localeIsUTF8(e.env), width: widthOption.columns)
            print(lines.map { ANSI.render($0, color: useColor) }.joined(separator: "\n"))
        }
    }
}
