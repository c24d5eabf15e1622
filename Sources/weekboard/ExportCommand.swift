import ArgumentParser
import Foundation
import WeekboardCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the week up for sharing.",
        subcommands: [WeeknoteExport.self]
    )

    struct WeeknoteExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weeknote",
            abstract: "Write the week's weeknote as Markdown (to stdout, or to a file with --out).",
            discussion: """
            Built from the week's data: focus, goals and score, the positive-week streak, board status moves \
            dated in the week, new red items, services with contacts 10% or more above or below normal, and \
            your ones-to-watch, what-I'm-learning and next-week notes. Sections with nothing to say are left out.
            """
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Option(help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
        var out: String?
        @Flag(help: "Replace the --out file if it exists.")
        var force = false

        func run() throws {
            try reportingErrors {
                let e = try CommandEnvironment(global)
                let snapshot = try e.snapshot(weekOption)
                let text = Weeknote.markdown(snapshot, labelStyle: e.config.labelStyle)
                guard let out, !out.isEmpty else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                    return
                }
                let url = URL(fileURLWithPath: out)
                try ExportFile.write(text, to: url, overwrite: force)
                print("Weeknote for \(e.config.labelStyle.number(snapshot.week)) written to \(url.path).")
            }
        }
    }
}
