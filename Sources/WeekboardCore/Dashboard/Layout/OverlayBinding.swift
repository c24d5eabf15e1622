/// One line of the document overlays' key table.
struct OverlayBinding: Sendable {
    let entries: [(key: Key, command: OverlayCommand)]
    let summary: String
    /// Only in the weeknote preview.
    let weeknoteOnly: Bool

    init(_ entries: [(Key, OverlayCommand)], _ summary: String, weeknoteOnly: Bool = false) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        self.summary = summary
        self.weeknoteOnly = weeknoteOnly
    }
}
