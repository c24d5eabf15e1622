/// How one role looks: colours and attributes, as written in a theme file.
package struct ThemeStyle: Equatable, Sendable {
    /// Text colour.
    package var fg: ThemeColor
    /// Background colour.
    package var bg: ThemeColor
    /// Attributes; they work without colour, so they carry meaning under `NO_COLOR`.
    package var bold: Bool
    package var reverse: Bool
    package var underline: Bool
    package var dim: Bool

    package init(
        fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's own colours, no attributes.
    package static let plain = ThemeStyle()

    /// What the terminal should draw for this style at `depth`: palette indices and the final
    /// attributes (an 8-colour terminal draws bright colours bold). See `Theme.resolved` for
    /// the whole-theme rule that keeps bars visible without colour.
    package func resolved(for depth: ColorDepth) -> ResolvedStyle {
        let f = fg.resolve(for: depth)
        let b = bg.resolve(for: depth)
        return ResolvedStyle(
            fg: f.index, bg: b.index, bold: bold || f.bold, reverse: reverse,
            underline: underline, dim: dim || f.dim)
    }
}
