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

/// `weekboard calls import`: parse → rows and rejects → merge → one store transaction.
package enum CallsImport {
    /// Imports a telephony export file into the store. See `run(data:store:options:now:)`.
    package static func run(
        file url: URL, store: Store, options: ImportOptions, source: ChangeSource, now: Date = Date()
    ) throws -> ImportSummary {
        guard let isDir = SystemAccess.isFolder(url.path) else {
            throw ImportError.cannotRead(path: url.path, reason: "no such file")
        }
        if isDir { throw ImportError.cannotRead(path: url.path, reason: "is a folder, not a CSV file") }
        // Refused by its size before a byte is read.
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
            size > CSVTable.maxBytes
        {
            throw ImportError.tooLarge(bytes: size, limit: CSVTable.maxBytes)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportError.cannotRead(path: url.path, reason: "cannot read: \(error.readableDescription)")
        }
        return try run(data: data, store: store, options: options, source: source, now: now)
    }

    /// The most read from standard input: a quarter of a file's limit (`CSVTable.maxBytes`), since standard
    /// input is how an editor imports over SSH, and the server must not be made to hold a gigabyte for them.
    /// A larger export is imported from a file, or split by month.
    package static let standardInputLimit = 256 * 1_048_576

    /// Standard input, read only up to `standardInputLimit`: past it reading stops and the import is
    /// refused, so a stream that never ends holds at most that much memory.
    package static func readStandardInput() throws -> Data {
        guard let data = SystemAccess.readStandardInput(limit: standardInputLimit) else {
            throw ImportError.inputTooLarge(limit: standardInputLimit)
        }
        return data
    }

    /// Imports CSV bytes. Throws `ImportError` (empty, not text, no header) or `StoreError`
    /// before writing anything. Otherwise all changes — contact counts, caller tokens and, on
    /// first use, the caller key — are written in ONE transaction, or none are: a dry run or a
    /// file with rejected rows (without `skipBad`) writes nothing.
    package static func run(
        data: Data, store: Store, options: ImportOptions, source: ChangeSource, now: Date = Date()
    ) throws -> ImportSummary {
        guard store.exists else { throw StoreError.notAStore(path: store.root.path) }
        var parsed = try CallsParser.parse(data, options: options)
        if let today = options.today, !options.anyDate { FarDates.reject(&parsed, today: today) }
        let refusedEarly = !parsed.rejects.isEmpty && !options.skipBad
        if options.dryRun || refusedEarly {
            // Read-only: no lock, no key created (an unknown key matches nothing, as a new one would).
            let key = try CallerKey.existing(in: store) ?? .generate()
            let plan = try Merger.plan(parsed, reader: store, key: key, aliases: options.aliases)
            return ImportSummary(outcome: options.dryRun ? .dryRun : .refused, parsed: parsed, plan: plan)
        }
        return try store.apply(
            StoreChange<ImportSummary>(source: source, at: now) { tx in
                let (key, created) = try tx.callerKey()
                let plan = try Merger.plan(parsed, reader: tx, key: key, aliases: options.aliases)
                if !plan.rejects.isEmpty && !options.skipBad {
                    return ("", ImportSummary(outcome: .refused, parsed: parsed, plan: plan))
                }
                // The key is written only with the first tokens made under it.
                if let created, !plan.weeks.isEmpty {
                    try tx.write(CallerKeyFile.file, CallerKeyFile(created, createdAt: now))
                }
                for (_, week) in plan.weeks.sorted(by: { $0.key < $1.key }) {
                    try tx.write(week)
                }
                for (_, year) in plan.years.sorted(by: { $0.key < $1.key }) {
                    let weeks = plan.touched.union(plan.remeasured).filter { $0.year == year.year }
                    try tx.write(year, weeks: weeks.sorted())
                }
                let summary = ImportSummary(outcome: .imported, parsed: parsed, plan: plan)
                return (summary.journalLine, summary)
            }
        ).value
    }
}
