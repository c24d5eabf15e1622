/// The formats a document can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Markdown: reads well on a Git host and pastes into an e-mail.
    case md
    /// One self-contained HTML page that prints on A4.
    case html
    /// One row per project, for a spreadsheet (highlight reports only).
    case csv

    /// `.md`, `.html`, `.csv`
    public var fileExtension: String { "." + rawValue }
}
