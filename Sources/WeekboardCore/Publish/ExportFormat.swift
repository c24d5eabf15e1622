/// The formats a document can be exported in.
package enum ExportFormat: String, CaseIterable, Sendable {
    /// Markdown: reads well on a Git host and pastes into an e-mail.
    case md
    /// One self-contained HTML page that prints on A4.
    case html
    /// One row per project, for a spreadsheet (highlight reports only).
    case csv

    /// `.md`, `.html`, `.csv`
    package var fileExtension: String { "." + rawValue }

    /// The format a file's name asks for: `.html` (or `.htm`), `.csv`, else Markdown.
    package init(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else {
            self = .md
        }
    }
}
