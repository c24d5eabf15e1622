import ArgumentParser
import WeekboardCore

extension ExportCommand {
    /// `export contacts`: each service's weeks against normal and next week's forecast.
    struct ContactsExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contacts",
            abstract: "Write each service's weekly contacts against normal, with next week's forecast.",
            discussion: """
                For every service with figures in the weeks shown (busiest first): its contacts each week, \
                normal for that time of year (the same week in earlier years, else the weeks before), and the \
                contacts expected next week with a range and how far such forecasts were off over the past 12 \
                weeks. html draws a chart per service (inline SVG: no script, nothing fetched) on a page that \
                prints on A4; md is a table per service; csv is a row per service and week, then one for next \
                week's forecast.
                """
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Option(help: ArgumentHelp("How many weeks to show, ending with --week (1 to 104).", valueName: "n"))
        var weeks = 52
        @Option(
            name: .customLong("service"),
            help: ArgumentHelp("Only this service (repeat for more; default: every one).", valueName: "name"))
        var services: [String] = []
        @Option(
            help: ArgumentHelp(
                "md (Markdown), html or csv. Default: the --out file's extension, else md.", valueName: "format"))
        var format: ExportFormat?
        @Option(help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
        var out: String?
        @Flag(help: "Replace the --out file if it exists.")
        var force = false

        func validate() throws { try validateWeekCount(weeks) }

        func run() throws {
            let e = try CommandEnvironment(global)
            let week = try e.week(weekOption)
            try e.requireStore()
            let series = try ContactSeries.load(
                store: e.store, week: week, weeks: weeks, baselineYears: e.config.years, only: services,
                aliases: e.config.aliases)
            let report = ContactsReport(week: week, produced: e.today, series: series, labelStyle: e.config.labelStyle)
            let text: String
            switch format ?? out.map(ExportFormat.init(fileName:)) ?? .md {
            case .md: text = ContactsMarkdown.render(report)
            case .html: text = ContactsHTML.render(report)
            case .csv: text = ContactsCSV.render(report)
            }
            try writeExport(
                text, out: out, force: force, store: e.store,
                done: "Contacts to \(e.config.labelStyle.number(week)) written to")
        }
    }
}
