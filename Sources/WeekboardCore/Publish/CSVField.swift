/// Cells and rows of a CSV file (RFC 4180: CRLF line ends, fields quoted when they need it).
///
/// A cell a spreadsheet would run as a formula (one starting `=`, `+`, `-` or `@`, or a tab or a
/// carriage return, which some spreadsheets skip before looking) is neutralised by a leading `'`,
/// so a project called `=HYPERLINK(…)` is shown as text in the board pack, never evaluated.
public enum CSVField {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Stored text as one cell: control characters made visible first (a CSV may go to a terminal).
    public static func cell(_ text: String) -> String {
        var s = Sanitize.text(text)
        if let first = s.first, formulaStarts.contains(first) { s = "'" + s }
        let needsQuotes =
            s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || s.first == " " || s.last == " "
        return needsQuotes ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }

    /// One line of cells, ending in CRLF.
    public static func row(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\r\n" }
}
