import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore
import WeekboardImport

extension Channel: ExpressibleByArgument {
    package init?(argument: String) { self.init(parsing: argument) }
    package static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct CallsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls",
        abstract: "Contact-centre volumes per service and week.",
        subcommands: [
            Record.self, Rename.self, Remove.self, List.self, CallsImportCommand.self, CallsRotateKeyCommand.self,
            FollowUpsCommand.self, FollowUpCommand.self,
        ]
    )

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record", abstract: "Set a service's contact count for a week (or one channel of it).",
            discussion: """
                A recorded total covers its channel, or the whole service without --channel: contacts imported \
                one by one (calls import) add to the figure only on channels no recorded total covers, and are \
                kept for repeat callers either way. A service's aliases in the config (serviceAliases) name it too.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(
            help: "The service, e.g. Repairs (matched case-insensitively to existing ones).",
            completion: StoreCompletion.services) var service: String
        // All unrecognised words, so a negative count is this argument (and a clear error), not an unknown option.
        @Argument(
            parsing: .allUnrecognized, help: ArgumentHelp("How many contacts (1500 or 1,500).", valueName: "count"))
        var countWords: [String] = []
        @Option(help: "phone, email, web or in-person; the week's total becomes the sum of its channels.") var channel:
            Channel?
        @Flag(help: "Accept a --week more than a week ahead or ten years back (as calls import does for its rows).")
        var anyDate = false

        /// The words given for the count, without a `--` that ended the options.
        var words: [String] { countWords.filter { $0 != "--" } }

        func validate() throws {
            let countWords = words
            // Anything that is not a number (negative ones included) is a mistyped option.
            if let option = countWords.first(where: { $0.hasPrefix("-") && Int($0) == nil }) {
                throw ValidationError("Unknown option '\(option)'")
            }
            if countWords.isEmpty { throw ValidationError("Missing expected argument '<count>'") }
            if countWords.count > 1 { throw ValidationError("Unexpected argument '\(countWords[1])'") }
        }

        func run() throws {
            let count = words[0]
            let digits = count.replacing(",", with: "").trimmed(.whitespaces)
            guard let n = Int(digits) else {
                throw InputError("count '\(count)' is not a whole number of contacts like 1500 or 1,500")
            }
            try global.perform(week: weekOption) { e in
                if !anyDate, let why = FarDates.problem(week: try e.week(weekOption), today: e.today) {
                    throw InputError(why)
                }
                return .contacts(.recordCalls(service: service, count: n, channel: channel))
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename a service in every week (into an existing service: the two are added together).")
        @OptionGroup var global: GlobalOptions
        @Argument(
            help: "The service's name now (case-insensitive, or the start of it).", completion: StoreCompletion.services
        )
        var service: String
        @Argument(help: "The new name.") var newName: String

        func run() throws { try global.perform(.contacts(.renameService(name: service, to: newName))) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove one week's figure for a service (default this week).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The service (case-insensitive, or the start of it).", completion: StoreCompletion.services)
        var service: String

        func run() throws { try global.perform(.contacts(.removeServiceWeek(name: service)), week: weekOption) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show recent weeks' contacts per service against normal for the time of year.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Option(help: "How many weeks back, ending with --week (1 to 104).") var weeks: Int = 4
        @OptionGroup var widthOption: RecordWidthOption
        @Flag(help: "Under each service, its contacts by channel where they were recorded by channel.")
        var byChannel = false
        @Flag(help: "Print JSON (each service's channels included where recorded).") var json = false

        func validate() throws {
            try validateWeekCount(weeks)
        }

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            let last = try e.week(weekOption)
            let out: [CallsListing.Week] = try e.store.reading { store in
                let years = ContactWeeks(store: store)
                return try (0..<weeks).reversed().map { back in
                    let w = last.adding(weeks: -back)
                    let rows = try years.rows(week: w, baselineYears: e.config.years, sparkWeeks: 1)
                    return CallsListing.Week(week: w.id, services: rows.map(CallsListing.Row.init), rows: rows)
                }
            }
            if json {
                writeOut(try JSONCoding.encodeForOutput(CallsListing(weeks: out)))
                return
            }
            // Service names get what the figures leave of the width (the figures and a short basis take 60 columns).
            let longest = out.flatMap(\.services).map { TextWidth.of(Sanitize.text($0.service)) }.max() ?? 0
            // In a pipe (no --width, not a terminal) every line is printed whole.
            let columns = widthOption.columns
            let nameWidth = max(20, min(longest, columns - 60))
            for w in out {
                print(w.week)
                if w.services.isEmpty { print("  (no figures)") }
                for (r, row) in zip(w.services, w.rows) {
                    let count = r.count.map(Marks.thousands) ?? "-"
                    let normal = r.baseline.map { Marks.thousands(Int($0.rounded())) } ?? "-"
                    let delta = r.deltaPercent.map { Baseline.percent($0 / 100) } ?? ""
                    let fitted = Frame.fit(Sanitize.text(r.service), to: nameWidth)
                    let name = fitted + String(repeating: " ", count: max(0, nameWidth - TextWidth.of(fitted)))
                    let figures = "  \(name) \(count.leftPad(7))  normal \(normal.leftPad(7)) \(delta.leftPad(6))  "
                    // The basis in words where it fits the width, else as status has it ("same wk 3y").
                    let long = TextWidth.of(figures) + TextWidth.of(r.basis) <= columns
                    print(Frame.fit(figures + (long ? r.basis : row.baseline.basis.short), to: columns))
                    guard byChannel, r.count != nil else { continue }
                    let channels = row.channelText(separator: ", ") ?? "no channels recorded"
                    print("    " + Frame.fit(channels, to: max(20, columns - 4)))
                }
            }
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
