/// One line of the key map: the keys, what they do, where, and how the footer names them.
struct KeyBinding: Sendable {
    let entries: [(key: Key, command: Command)]
    let summary: String
    let scope: KeyScope
    /// The footer's word for it (nil: help only).
    let hint: String?
    /// How many of the keys the footer names (`1/2/3`, `[/]`).
    let hintKeys: Int
    /// Panels whose footer names a key that works anywhere (nil: wherever it applies), so a
    /// global key is hinted where it matters without crowding every footer.
    let hintPanels: [Panel]?

    init(
        _ entries: [(Key, Command)], _ summary: String, _ scope: KeyScope = .anywhere, hint: String? = nil,
        hintKeys: Int = 1,
        hintPanels: [Panel]? = nil
    ) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        self.summary = summary
        self.scope = scope
        self.hint = hint
        self.hintKeys = hintKeys
        self.hintPanels = hintPanels
    }
}
