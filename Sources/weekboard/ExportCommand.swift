import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the week or the programme board up for sharing.",
        subcommands: [WeeknoteExport.self, HighlightExport.self]
    )

    struct WeeknoteExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weeknote",
            abstract: "Write the week's weeknote as Markdown or HTML (to stdout, or to a file with --out).",
            discussion: """
                Built from the week's data: focus, goals and score, the positive-week streak, board status moves \
                dated in the week, new red items, services with contacts 10% or more above or below normal, and \
                your ones-to-watch, what-I'm-learning and next-week notes. Sections with nothing to say are left out. \
                --format html writes one self-contained page (no script, nothing fetched) to publish.
                """
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Option(
            help: ArgumentHelp(
                "md (Markdown) or html. Default: html for an --out file ending .html, else md.",
                valueName: "format"))
        var format: ExportFormat?
        @Option(help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
        var out: String?
        @Flag(help: "Replace the --out file if it exists.")
        var force = false

        func validate() throws {
            if format == .csv { throw badValue("a weeknote is exported as md or html, not csv") }
        }

        func run() throws {
            let e = try CommandEnvironment(global)
            let snapshot = try e.snapshot(weekOption)
            let chosen = format ?? (out.map(ExportFormat.init(fileName:)) == .html ? .html : .md)
            let text =
                chosen == .html
                ? WeeknoteHTML.render(snapshot, labelStyle: e.config.labelStyle)
                : Weeknote.markdown(snapshot, labelStyle: e.config.labelStyle)
            try write(
                text, out: out, force: force, store: e.store,
                done: "Weeknote for \(e.config.labelStyle.number(snapshot.week)) written to")
        }
    }

    struct HighlightExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "highlight",
            abstract: "Write a programme board highlight report as Markdown, HTML or CSV.",
            discussion: """
                For each programme: its roll-up status and trend over the period, the number of projects at each \
                status, exceptions first (new reds, overdue milestones, stale projects), every project with its \
                status, owner, next milestone and due date, days since its last update and its latest note, the \
                status changes dated in the period, and the projects completed in it. Sections with nothing to say \
                are left out.

                The period: --since the date of the last board, or one --week; by default the 14 days up to today \
                (weekboard does not record when a report was made). Statuses are read as they stood at the end of \
                the period. By default every active programme is reported (one with an unfinished project or a \
                change in the period); --programme, repeated, chooses.

                html is one self-contained page (no script, nothing fetched) that prints on A4, a programme a page. \
                csv is one row per project, with cells a spreadsheet would run as formulas neutralised.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(
            name: .customLong("programme"),
            help: ArgumentHelp(
                "A programme to report (repeat for more; default: every active one).",
                valueName: "name"))
        var programmes: [String] = []
        @Option(
            help: ArgumentHelp(
                "The period starts on this date (2026-11-10 or 10/11/2026) and ends today.",
                valueName: "date"))
        var since: String?
        @Option(
            name: .long,
            help: ArgumentHelp(
                "The period is this week: 2026-W48, 2026.48, a date or this/last.",
                valueName: "week"))
        var week: String?
        @Option(
            help: ArgumentHelp(
                "md (Markdown), html or csv. Default: the --out file's extension, else md.",
                valueName: "format"))
        var format: ExportFormat?
        @Option(help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
        var out: String?
        @Flag(help: "Replace the --out file if it exists.")
        var force = false

        func validate() throws {
            if since != nil && week != nil { throw ValidationError("give --since or --week, not both") }
        }

        func run() throws {
            let e = try CommandEnvironment(global)
            let period = try self.period(e)
            try e.requireStore()
            let report = try HighlightReport.load(
                store: e.store, period: period, programmes: programmes,
                today: e.today, labelStyle: e.config.labelStyle)
            let text: String
            switch format ?? out.map(ExportFormat.init(fileName:)) ?? .md {
            case .md: text = HighlightMarkdown.render(report)
            case .html: text = HighlightHTML.render(report)
            case .csv: text = HighlightCSV.render(report)
            }
            try write(
                text, out: out, force: force, store: e.store,
                done: "Highlight report for \(report.periodText) written to")
        }

        func period(_ e: CommandEnvironment) throws -> HighlightPeriod {
            if let since {
                guard let day = CalendarDay.parse(since) else {
                    throw InputError("--since '\(since)' is not a date like 2026-11-10")
                }
                return try HighlightPeriod.since(day, today: e.today)
            }
            if week != nil { return try HighlightPeriod.week(e.week(parsing: week), today: e.today) }
            return HighlightPeriod.standard(today: e.today)
        }
    }
}

/// Prints `text`, or writes it to `out` atomically (refusing an existing file unless `force`) and
/// says so: `<done> /path/file.`
private func write(_ text: String, out: String?, force: Bool, store: Store, done: String) throws {
    guard let out, !out.isEmpty else {
        writeOut(Data(text.utf8))
        return
    }
    let url = URL(fileURLWithPath: out)
    try ExportFile.write(text, to: url, overwrite: force, store: store.root)
    say("\(done) \(url.path).")
}
