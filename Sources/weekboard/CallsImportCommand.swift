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
import WeekboardImport

extension DateOrder: ExpressibleByArgument {}
extension CallsFormat: ExpressibleByArgument {}

/// `weekboard calls import FILE.csv`: a thin wrapper over `CallsImport.run`.
struct CallsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a telephony export: Teams, IP Office SMDR, CXone, Connect, or a CSV of totals or contacts.",
        discussion: """
            Known exports are recognised from their header (SMDR from its shape) and read by their own rules, \
            with no editing and no flags: a Microsoft Teams PSTN usage report (ucap_in calls, service the queue's \
            resource account), Avaya IP Office SMDR (inbound external calls, once per Call ID; service from the \
            number dialled through serviceLines in the config, else --service), NICE CXone call detail (one \
            contact per Master_Contact_ID, month-first dates) and Amazon Connect contact records (JSON as \
            Firehose writes it, or CSV with dotted names; INBOUND and CALLBACK once per InitialContactId). The \
            summary says what was counted and what was skipped and why. Any other system: a mapping, in the \
            config (callsMappings, a list) or --map FILE; --explain shows how a file is understood (each \
            column, what counts, five sample rows with callers as tokens) before importing it. A mapping:
              {"name": "Genesys", "time": "Started", "timeFormat": "MM/dd/yyyy h:mm a",
               "service": "Queue", "channel": "Media", "caller": "From",
               "identity": "Interaction", "duration": "Handle",
               "counts": {"column": "Direction", "is": ["inbound"]},
               "abandoned": {"column": "Abandoned", "is": ["yes"]}}
            Only name and time are needed; date names a separate date column; timeFormat may also be iso or \
            iso-utc (default: ISO or day-first dates).

            Otherwise the shape is told from the header (names matched case-insensitively, with common synonyms):
              weekly totals:   week (or date, w/c), service (or queue),
                               channel (optional), count (or contacts, calls)
              one per contact: timestamp (or date time, call start), service,
                               channel (optional), caller (or phone, email, cli)

            Dates may be ISO (2026-11-23) or UK (23/11/2026); weeks may be 2026-W48 or 2026.48. A file with a date \
            that can only be US month-first (11/23/2026) is refused, listing such lines, until --date-order says \
            how to read its slash dates. A service that looks like a phone number or e-mail address is rejected \
            (by line number; never shown). With two caller columns (Phone and Email), each row uses the first \
            filled in.

            Weekly totals set the figure for their week, service and channel (rows of one week are summed first). \
            Per-contact rows add only contacts not imported before, so the same or an overlapping file never \
            counts twice. Callers are never stored: only keyed hashes (see docs/privacy.md). \
            A file with bad rows imports nothing unless --skip-bad is given. Exit status 2 when rows were rejected \
            and nothing was imported, or the file is not a usable CSV.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The CSV file, or - for standard input (as over SSH).", valueName: "file.csv"))
    var file: String
    @Flag(help: "Show what would be imported; write nothing.") var dryRun = false
    @Flag(help: "Import the good rows of a file that has bad ones (otherwise it imports nothing).") var skipBad = false
    @Option(
        help: ArgumentHelp(
            "How to read slash dates: dmy (23/11/2026, the default) or mdy (11/23/2026).", valueName: "dmy|mdy"))
    var dateOrder: DateOrder?
    @Option(
        help: ArgumentHelp(
            "The export the file must be (default: recognised from it): \(CallsFormat.helpList).",
            valueName: "format"))
    var format: CallsFormat?
    @Option(
        help: ArgumentHelp(
            "The service of an SMDR file's calls to numbers not in serviceLines, or of a mapping without a service.",
            valueName: "name"))
    var service: String?
    @Option(
        help: ArgumentHelp(
            "A mapping (JSON: time, service, channel, caller, identity, counts) for a system weekboard does not know.",
            valueName: "file.json"))
    var map: String?
    @Flag(help: "Show how the file is understood (each column, what counts, five sample rows); import nothing.")
    var explain = false
    @Flag(help: "Accept rows dated more than a week ahead or ten years back (usually a clock or export gone wrong).")
    var anyDate = false

    func run() throws {
        let e = try CommandEnvironment(global)
        if !dryRun && !explain { try e.requireWritable() }
        try e.requireStore()
        let before = try NewServices(e.store)
        let summary: ImportSummary
        do {
            var options = ImportOptions(
                dryRun: dryRun, skipBad: skipBad, dateOrder: dateOrder, aliases: e.config.aliases, format: format,
                service: try service.map { try TextRules.line($0, what: "--service", max: 80) },
                lines: e.config.lines, mapping: try map.map(Self.mapping), mappings: e.config.callsMappings ?? [])
            options.today = e.today
            options.anyDate = anyDate
            if explain {
                let data: Data
                if file == "-" {
                    data = try CallsImport.readStandardInput()
                } else {
                    do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                        throw ImportError.cannotRead(path: file, reason: "cannot read: \(error.readableDescription)")
                    }
                }
                for line in try CallsImport.explain(data: data, store: e.store, options: options) { say(line) }
                return
            }
            if file == "-" {
                summary = try CallsImport.run(
                    data: CallsImport.readStandardInput(), store: e.store, options: options, source: e.source,
                    now: e.now)
            } else {
                summary = try CallsImport.run(
                    file: URL(fileURLWithPath: file), store: e.store, options: options, source: e.source, now: e.now)
            }
        } catch let error as ImportError {
            if case let .cannotRead(path, reason) = error { throw StoreError.io(path: path, reason: reason) }
            throw InputError("\(Sanitize.text(file)): \(error.description)")
        }
        for line in summary.lines() { say(line) }
        noteUnfinishedCommit(e.store)
        if summary.outcome == .imported {
            for line in try before.lines(after: e.store, weeks: summary.weeks) { say(line) }
        }
        if summary.outcome == .refused { throw ExitCode(2) }
    }

    /// `--map FILE`: one mapping, checked as the config's are.
    static func mapping(_ path: String) throws -> CallsMapping {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw StoreError.io(path: path, reason: "cannot read the mapping: \(error.readableDescription)")
        }
        let m = try JSONCoding.decode(CallsMapping.self, from: data, file: path)
        if let why = m.problem { throw InputError("\(Sanitize.text(path)): \(why)") }
        return m
    }
}
