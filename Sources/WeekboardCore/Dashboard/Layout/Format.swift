enum Format {
    /// `5,500`: thousands separated, the same on every machine.
    static func count(_ n: Int) -> String { Marks.thousands(n) }

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
