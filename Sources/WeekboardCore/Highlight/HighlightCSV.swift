/// A highlight report as CSV, one row per project, for the spreadsheet a board pack is built in.
/// Dates are ISO (`2026-11-24`) so a spreadsheet reads them as dates; cells that a spreadsheet
/// would run as formulas are neutralised (`CSVField`).
public enum HighlightCSV {
    public static let header = [
        "Programme", "Programme status", "Project", "Status", "Letter", "Meaning", "Status at start",
        "Owner", "Next milestone", "Due", "Days overdue", "Last update", "Days since update", "Stale",
        "Latest note", "Changes in period", "New red", "Completed in period", "Period from", "Period to", "Produced",
    ]

    public static func render(_ r: HighlightReport) -> String {
        var out = CSVField.row(header)
        for p in r.programmes {
            let newReds = Set(p.exceptions.filter { $0.kind == .newRed }.map(\.project))
            let completed = Set(p.completed.map(\.project))
            for row in p.projects {
                let changes = p.changes.filter { $0.project == row.name }.map { c in
                    "\(c.date.iso) \(c.from.map { "\($0.name) to " } ?? "added as ")\(c.to.name)"
                        + (c.author.map { " by \($0)" } ?? "")
                }
                out += CSVField.row([
                    p.name, p.status.name, row.name, row.status.name, row.status.letter, row.status.word,
                    row.statusAtStart?.name ?? "", row.owner ?? "", row.milestone?.text ?? "",
                    row.milestone?.due?.iso ?? "", row.overdueDays.map(String.init) ?? "", row.lastUpdate.iso,
                    String(row.daysSinceUpdate), row.isStale ? "yes" : "no", row.note ?? "",
                    changes.joined(separator: "; "), newReds.contains(row.name) ? "yes" : "no",
                    completed.contains(row.name) ? "yes" : "no", r.period.from.iso, r.period.to.iso, r.produced.iso,
                ])
            }
        }
        return out
    }
}
