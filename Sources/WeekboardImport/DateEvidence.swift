#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Lines whose slash dates can only be read one way, found before any row is parsed.
struct DateEvidence {
    /// Lines with a date like `11/23/2026`: the month must come first.
    var monthFirst: [(line: Int, date: String)] = []
    /// Lines with a date like `23/11/2026`: the day must come first.
    var dayFirst: [(line: Int, date: String)] = []

    init(rows: [CSVTable.Row], columns: [Int]) {
        for row in rows {
            for i in columns where i < row.fields.count {
                guard let p = DateOrder.slashParts(row.fields[i]) else { continue }
                // Only digits and slashes are quoted: a date, never a caller.
                let date = "\(p.first)/\(p.second)/\(p.rest.prefix(4))"
                if p.second > 12, p.first <= 12 { monthFirst.append((row.line, date)) }
                if p.first > 12, p.second <= 12 { dayFirst.append((row.line, date)) }
            }
        }
    }

    /// Why the file cannot be read without `--date-order`, or nil when day-first is safe.
    func problem() -> ImportError? {
        guard !monthFirst.isEmpty else { return nil }
        func list(_ e: [(line: Int, date: String)]) -> String {
            e.prefix(3).map { "line \($0.line) (\($0.date))" }.joined(separator: ", ")
                + (e.count > 3 ? " and \(e.count - 3) more" : "")
        }
        var why = "its dates are ambiguous: \(list(monthFirst)) can only be month first (US)"
        if !dayFirst.isEmpty { why += ", while \(list(dayFirst)) can only be day first (UK)" }
        why += "; say how to read them with --date-order mdy (US) or --date-order dmy (UK)"
        return .ambiguousDates(why)
    }
}
