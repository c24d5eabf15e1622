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
    var pointer: String { unicode ? "▸" : ">" }
    var dash: String { unicode ? "—" : "-" }

    /// Eight levels, lowest first.
    var sparkLevels: [String] {
        unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", ",", "-", "=", "+", "*", "#"]
    }

    /// A sparkline of the figures, scaled between their own minimum and maximum; a gap where a
    /// week has no figure.
    func sparkline(_ values: [Int?]) -> String {
        let known = values.compactMap { $0 }
        guard let lo = known.min(), let hi = known.max() else { return String(repeating: " ", count: values.count) }
        let levels = sparkLevels
        return values.map { v -> String in
            guard let v else { return " " }
            if hi == lo { return levels[levels.count / 2] }
            let i = Int((Double(v - lo) / Double(hi - lo) * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, i))]
        }.joined()
    }

    /// `[✓]` — the box a goal is ticked in.
    func goalBox(_ state: GoalState?) -> String {
        guard let state else { return "[ ]" }
        return "[\(state.mark(unicode: unicode))]"
    }
}

enum Format {
    /// `5,500`: thousands separated, the same on every machine.
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// Pads or cuts to exactly `width` cells (right-aligned when `right`).
    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        guard width > 0 else { return "" }
        let fitted = Frame.fit(Sanitize.text(s), to: width)
        let gap = String(repeating: " ", count: max(0, width - TextWidth.of(fitted)))
        return right ? gap + fitted : fitted + gap
    }

    /// `12 Dec` for a date within about ten months of today (unambiguous), `Dec 2027` further off.
    static func day(_ d: CalendarDay, today: CalendarDay) -> String {
        let c = d.components
        let month = CalendarDay.monthAbbreviations[c.month - 1]
        return abs(d - today) <= 300 ? "\(c.day) \(month)" : "\(month) \(c.year)"
    }
}
