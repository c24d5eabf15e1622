/// The marks the dashboard draws, with ASCII stand-ins for terminals without UTF-8.
struct Glyphs: Sendable {
    let unicode: Bool

    var horizontal: String { unicode ? "─" : "-" }
    var vertical: String { unicode ? "│" : "|" }
    var topLeft: String { unicode ? "┌" : "+" }
    var topRight: String { unicode ? "┐" : "+" }
    var bottomLeft: String { unicode ? "└" : "+" }
    var bottomRight: String { unicode ? "┘" : "+" }
    var dot: String { unicode ? "·" : "-" }
    var bullet: String { unicode ? "•" : "*" }
    var pointer: String { unicode ? "▸" : ">" }
    var dash: String { unicode ? "—" : "-" }

    /// The last weeks as a sparkline (shared with `status` and history).
    func sparkline(_ values: [Int?]) -> String { Marks.sparkline(values, unicode: unicode) }

    /// `[✓]` — the box a goal is ticked in.
    func goalBox(_ state: GoalState?) -> String {
        guard let state else { return "[ ]" }
        return "[\(state.mark(unicode: unicode))]"
    }
}
