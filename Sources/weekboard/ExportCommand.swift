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
        subcommands: [WeeknoteExport.self, HighlightExport.self, ContactsExport.self]
    )

    struct WeeknoteExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weeknote",
            abstract: "Write the week's weeknote as Markdown or HTML (to stdout, or to a file with --out).",
            discussion: """
                Built from the week's data: focus, goals and score, the positive-week streak, board status moves \
                dated in the week, new red items, services with contacts 10% or more above or below normal, and \
                your ones-to-watch, what-I'm-learning and next-week notes. Sections with nothing to say are left out. \
                --format html writes one self-contained page (no script, nothing fetched) to publish, with a chart \
                per service of its last 52 weeks against normal and next week's forecast.
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
            let text: String
            if chosen == .html {
                let charts = try ContactSeries.load(
                    store: e.store, week: snapshot.week, weeks: 52, baselineYears: e.config.years)
                text = WeeknoteHTML.render(snapshot, labelStyle: e.config.labelStyle, charts: charts)
            } else {
                text = Weeknote.markdown(snapshot, labelStyle: e.config.labelStyle)
            }
            try writeExport(
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
                status, the decisions requested of the board first, then exceptions (new reds, projects forecast \
                outside tolerance, overdue milestones, stale projects), every project with its status, owner, next \
                milestone and due date, days since its last update and its latest note; for each project with more \
                to say, its dimension ratings and tolerances, this period and next period, its key open risks and \
                issues (score, owner, mitigation or action) and the decisions made in the period; then the status \
                changes dated in the period, and the projects completed in it. Sections with nothing to say are \
                left out.

                The period: --since the date of the last board, or one --week; by default the 14 days up to today \
                (weekboard does not record when a report was made). Statuses are read as they stood at the end of \
                the period. By default every active programme is reported (one with an unfinished project or a \
                change in the period); --programme, repeated, chooses.

                html is one self-contained page (no script, nothing fetched) that prints on A4, a programme a page. \
                csv is one row per project, with cells a spreadsheet would run as formulas neutralised; with --raid, \
                one row per risk, issue, decision and action instead (the board pack's second CSV).
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
        @Flag(help: "With csv: the second CSV of the board pack, one row per risk, issue, decision and action.")
        var raid = false

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
            let chosen = format ?? out.map(ExportFormat.init(fileName:)) ?? .md
            if raid && chosen != .csv {
                throw InputError("--raid is a CSV of RAID items: give --format csv (or an --out file ending .csv)")
            }
            switch chosen {
            case .md: text = HighlightMarkdown.render(report)
            case .html: text = HighlightHTML.render(report)
            case .csv: text = raid ? HighlightRAIDCSV.render(report) : HighlightCSV.render(report)
            }
            try writeExport(
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
func writeExport(_ text: String, out: String?, force: Bool, store: Store, done: String) throws {
    guard let out, !out.isEmpty else {
        writeOut(Data(text.utf8))
        return
    }
    let url = URL(fileURLWithPath: out)
    try ExportFile.write(text, to: url, overwrite: force, store: store.root)
    say("\(done) \(url.path).")
}
