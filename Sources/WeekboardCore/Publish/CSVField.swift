/// Cells and rows of a CSV file (RFC 4180: CRLF line ends, fields quoted when they need it).
///
/// A cell a spreadsheet would run as a formula (one starting `=`, `+`, `-` or `@`, or a tab or a
/// carriage return, which some spreadsheets skip before looking) is neutralised by a leading `'`,
/// so a project called `=HYPERLINK(…)` is shown as text in the board pack, never evaluated.
enum CSVField {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    static let quoted: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]

    /// Stored text as one cell: control characters made visible first (a CSV may go to a terminal).
    /// Scalars, not characters: a `"` or `=` followed by a combining mark is one Character in Swift,
    /// but a CSV reader or a spreadsheet sees the quote or the formula sign all the same.
    static func cell(_ text: String) -> String {
        var s = Sanitize.text(text)
        if let first = s.unicodeScalars.first, formulaStarts.contains(first) { s = "'" + s }
        let needsQuotes =
            s.unicodeScalars.contains(where: quoted.contains) || s.unicodeScalars.first == " "
            || s.unicodeScalars.last == " "
        guard needsQuotes else { return s }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in s.unicodeScalars {
            out.append(u)
            if u == "\"" { out.append(u) }
        }
        out.append("\"")
        return String(out)
    }

    /// One line of cells, ending in CRLF.
    static func row(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\r\n" }
}
