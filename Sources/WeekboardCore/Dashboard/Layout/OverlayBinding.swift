/// One line of the document overlays' key table.
struct OverlayBinding: Sendable {
    let entries: [(key: Key, command: OverlayCommand)]
    let summary: String
    /// Only in the previews that save (the weeknote and the highlight report).
    let savesOnly: Bool

    init(_ entries: [(Key, OverlayCommand)], _ summary: String, savesOnly: Bool = false) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        self.summary = summary
        self.savesOnly = savesOnly
    }
}
