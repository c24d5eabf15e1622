/// `export highlight --format csv --raid`: the second CSV of a board pack, one row per RAID item of the
/// reported programmes' projects (open and closed) as it stood at the end of the period, for the RAID
/// log a programme office keeps in a spreadsheet. Dates ISO; formula-like cells neutralised (`CSVField`).
package enum HighlightRAIDCSV {
    package static let header = [
        "Programme", "Project", "Kind", "Number", "Title", "Owner", "Open", "Raised", "Score", "Likelihood",
        "Impact", "Severity", "Mitigation or action", "Review or due", "Options", "Outcome", "Decided on",
        "Decided by", "Last changed", "Last changed by",
    ]

    /// Every item of the report's projects, as they stood at the end of its period.
    package static func render(_ report: HighlightReport) -> String {
        var out = CSVField.row(header)
        for programme in report.programmes {
            for row in programme.projects {
                for item in row.items { out += CSVField.row(cells(item, programme.name)) }
            }
        }
        return out
    }

    static func cells(_ item: RAIDRow, _ programme: String) -> [String] {
        var (likelihood, impact, severity, options, outcome, on, by) = ("", "", "", "", "", "", "")
        var changed: (CalendarDay, String?)
        switch item.entry {
        case .risk(let r):
            (likelihood, impact) = (String(r.likelihood), String(r.impact))
            changed = (r.date, r.by)
        case .issue(let x):
            severity = String(x.severity)
            changed = (x.date, x.by)
        case .decision(let d):
            (options, outcome) = (d.options ?? "", d.outcome ?? "")
            (on, by) = (d.decidedOn?.iso ?? "", d.decidedBy ?? "")
            changed = (d.date, d.by)
        case .action(let a):
            changed = (a.date, a.by)
        }
        let detail: String
        switch item.entry {
        case .risk(let r): detail = r.mitigation ?? ""
        case .issue(let x): detail = x.action ?? ""
        default: detail = ""
        }
        return [
            programme, item.project, item.kind.title, String(item.number), item.title, item.owner ?? "",
            item.isOpen ? "yes" : "no", item.raised.iso, item.kind == .risk ? item.score.map(String.init) ?? "" : "",
            likelihood, impact, severity, detail, item.due?.iso ?? "", options, outcome, on, by, changed.0.iso,
            changed.1 ?? "",
        ]
    }
}
