/// The contacts export as CSV: a row per service and week, then a row for next week's forecast.
package enum ContactsCSV {
    package static let header = [
        "service", "week", "contacts", "normal", "against_normal_percent", "calling_again_percent", "expected",
        "expected_low", "expected_high",
    ]

    package static func render(_ r: ContactsReport) -> String {
        var out = CSVField.row(header)
        for s in r.series {
            // Figures are written as they are: only the service is stored text that needs a cell's care
            // (a figure such as -5 must stay a number, not become text as a formula guard would make it).
            let name = CSVField.cell(s.service)
            for p in s.points { out += line([name, p.week.id] + cells(p) + ["", "", ""]) }
            if let f = s.forecast {
                out += line([name, f.week.id, "", "", "", ""] + [f.count, f.low, f.high].map(String.init))
            }
        }
        return out
    }

    static func line(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }

    /// Contacts, normal (rounded), the difference in whole percent (`42`, `-5`) and the calling-again
    /// share (`31.3`), each empty where there is none.
    static func cells(_ p: ContactSeries.Point) -> [String] {
        let normal = p.normal.map { Int($0.rounded()) }
        return [
            p.count.map(String.init) ?? "", normal.map(String.init) ?? "", p.against.map(String.init) ?? "",
            p.callingAgain.map { String(Double(Int(($0 * 10).rounded())) / 10) } ?? "",
        ]
    }
}
