/// One line of the conflicts view's key table: the keys, what they do, and the footer's words for them.
struct ConflictsBinding: Sendable {
    let entries: [(key: Key, command: ConflictsCommand)]
    let summary: String
    /// The footer's keys and word (nil: help only).
    let hint: (keys: String, word: String)?

    init(_ entries: [(Key, ConflictsCommand)], _ summary: String, hint: (String, String)? = nil) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        self.summary = summary
        self.hint = hint.map { (keys: $0.0, word: $0.1) }
    }
}
