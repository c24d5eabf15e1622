#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// What an import did (or, for a dry run or a refusal, would have done).
package struct ImportSummary: Equatable, Sendable {
    package enum Outcome: Equatable, Sendable {
        /// Written to the store (possibly nothing new: a re-import).
        case imported
        /// `--dry-run`: nothing written.
        case dryRun
        /// Bad rows and no `--skip-bad`: nothing written.
        case refused
    }

    package let outcome: Outcome
    package let shape: CallsShape
    /// Data rows in the file (not the header, not blank lines).
    package let rowsRead: Int
    /// New contacts counted from per-contact rows.
    package let contactsImported: Int
    /// Per-contact rows already counted by an earlier import (or earlier in the same file).
    package let duplicatesSkipped: Int
    /// Weekly figures (week, service, channel) changed by a totals file.
    package let figuresSet: Int
    /// Weekly figures a totals file gave that were already in the store.
    package let figuresUnchanged: Int
    /// Rows left out, by line, in line order.
    package let rejects: [RejectedRow]
    /// Weeks the file has good rows for.
    package let weeks: [ISOWeek]
    /// Where recorded totals cover imported contacts (kept, not added), per service and week.
    package let notes: [String]

    /// The known export or mapping the file was read as (nil: weekboard's own CSV).
    package let format: String?
    /// Contacts the file holds (each once), before any were found already imported.
    package let contactsFound: Int
    /// Records of a known export left out, and why.
    package let skipped: SkipCounts
    /// Contacts whose caller was neither a number nor an address, counted as withheld.
    package let unreadableCallers: Int

    package var rowsRejected: Int { rejects.count }

    init(outcome: Outcome, parsed: ParsedCalls, plan: MergePlan) {
        self.outcome = outcome
        shape = parsed.shape
        rowsRead = parsed.rowsRead
        contactsImported = plan.contactsImported
        duplicatesSkipped = plan.duplicatesSkipped
        figuresSet = plan.figuresSet
        figuresUnchanged = plan.figuresUnchanged
        rejects = (parsed.rejects + plan.rejects).sorted { $0.line < $1.line }
        weeks = plan.touched.sorted()
        notes = plan.notes
        format = parsed.mapping.map { "mapping '\($0)'" } ?? parsed.format?.title
        contactsFound = parsed.contacts.count
        skipped = parsed.skipped
        unreadableCallers = parsed.unreadableCallers
    }

    /// "312 contacts; skipped 75 calls not into a queue, 4 outbound, 2 repeated records".
    package var countedLine: String {
        "\(contactsFound) contact\(contactsFound == 1 ? "" : "s"); \(skipped.sentence)"
    }

    /// The journal's line for the import.
    var journalLine: String {
        let span = weeks.count == 1 ? weeks[0].id : weeks.isEmpty ? "no week" : "\(weeks.first!.id)–\(weeks.last!.id)"
        switch shape {
        case .perContact: return "Imported \(contactsImported) contacts (\(span))"
        default: return "Imported \(figuresSet) weekly figures (\(span))"
        }
    }

    /// The report the CLI prints, rejected rows listed up to `maxRejects`.
    package func lines(maxRejects: Int = 50) -> [String] {
        // A known export's rows are its own records; "one row per contact" is weekboard's own CSV.
        var out = [format == nil ? "Rows read: \(rowsRead) (\(shape.rawValue))" : "Rows read: \(rowsRead)"]
        if let format {
            out.insert("Read as: " + Sanitize.text(format), at: 0)
            out.append(countedLine)
            if unreadableCallers > 0 {
                let n = unreadableCallers
                out.append(
                    "\(n) caller\(n == 1 ? " was" : "s were") neither a phone number nor an e-mail address: "
                        + "counted as withheld")
            }
        }
        let done = outcome == .imported
        switch shape {
        case .perContact:
            out.append("\(done ? "Contacts imported" : "Contacts to import"): \(contactsImported)")
            out.append("Duplicates skipped: \(duplicatesSkipped)")
        case .weeklyTotals:
            out.append("\(done ? "Weekly figures set" : "Weekly figures to set"): \(figuresSet)")
            out.append("Figures already up to date: \(figuresUnchanged)")
        }
        out.append("Rows rejected: \(rowsRejected)")
        for r in rejects.prefix(maxRejects) { out.append("  \(r)") }
        if rejects.count > maxRejects { out.append("  … and \(rejects.count - maxRejects) more") }
        if !weeks.isEmpty {
            let shown =
                weeks.count <= 8
                ? weeks.map(\.id).joined(separator: ", ")
                : "\(weeks.first!.id) to \(weeks.last!.id) (\(weeks.count) weeks)"
            out.append("Weeks: \(shown)")
        }
        out += notes
        switch outcome {
        case .imported: break
        case .dryRun:
            out.append(
                rejects.isEmpty
                    ? "Dry run: nothing was written."
                    : "Dry run: nothing was written (without --skip-bad, this file would import nothing).")
        case .refused:
            out.append(
                """
                Nothing was imported: \(rowsRejected) row\(rowsRejected == 1 ? " was" : "s were") rejected. Fix \
                \(rowsRejected == 1 ? "it" : "them"), or pass --skip-bad to import only the good rows.
                """
            )
        }
        return out
    }
}
