/// A highlight report as CSV, one row per project, for the spreadsheet a board pack is built in.
/// Dates are ISO (`2026-11-24`) so a spreadsheet reads them as dates; cells that a spreadsheet
/// would run as formulas are neutralised (`CSVField`).
package enum HighlightCSV {
    package static let header = [
        "Programme", "Programme status", "Project", "Status", "Letter", "Meaning", "Status at start",
        "Owner", "Next milestone", "Due", "Days overdue", "Last update", "Days since update", "Stale",
        "Latest note", "Changes in period", "New red", "Completed in period", "Period from", "Period to", "Produced",
        "Time", "Cost", "Scope", "Quality", "Benefits", "Tolerance", "Outside tolerance", "This period", "Next period",
        "Open risks", "Top risk", "Top risk score", "Open issues", "Top issue", "Decisions requested",
        "Decisions made in period",
    ]

    package static func render(_ r: HighlightReport) -> String {
        var out = CSVField.row(header)
        for p in r.programmes {
            let newReds = Set(p.exceptions.filter { $0.kind == .newRed }.map(\.project))
            let completed = Set(p.completed.map(\.project))
            for row in p.projects {
                let changes = p.changes.filter { $0.project == row.name }.map { c in
                    "\(c.date.iso) \(c.from.map { "\($0.name) to " } ?? "added as ")\(c.to.name)"
                        + (c.author.map { " by \($0)" } ?? "")
                }
                out += CSVField.row(
                    [
                        p.name, p.status.name, row.name, row.status.name, row.status.letter, row.status.word,
                        row.statusAtStart?.name ?? "", row.owner ?? "", row.milestone?.text ?? "",
                        row.milestone?.due?.iso ?? "", row.overdueDays.map(String.init) ?? "", row.lastUpdate.iso,
                        String(row.daysSinceUpdate), row.isStale ? "yes" : "no", row.note ?? "",
                        changes.joined(separator: "; "), newReds.contains(row.name) ? "yes" : "no",
                        completed.contains(row.name) ? "yes" : "no", r.period.from.iso, r.period.to.iso, r.produced.iso,
                    ] + raidCells(row))
            }
        }
        return out
    }

    /// The columns after `Produced`: ratings, tolerances, period lines and the RAID log in brief.
    static func raidCells(_ row: HighlightProject) -> [String] {
        let ratings = Dimension.allCases.map { row.ratings?[$0]?.name ?? "" }
        return ratings + [
            row.ratings?.tolerance ?? "", row.outsideTolerance.map(\.rawValue).joined(separator: "; "),
            row.done.joined(separator: "; "), row.next.joined(separator: "; "), String(row.openRisks),
            row.risks.first?.title ?? "", row.risks.first?.score.map(String.init) ?? "", String(row.openIssues),
            row.issues.first?.title ?? "", row.decisionsRequested.map(\.title).joined(separator: "; "),
            row.decisionsMade.compactMap { d in
                guard case .decision(let x) = d.entry else { return nil }
                return "\(x.question) \(x.outcome ?? "")"
            }.joined(separator: "; "),
        ]
    }
}
