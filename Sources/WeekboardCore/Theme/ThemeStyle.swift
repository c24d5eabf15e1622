/// How one role looks: colours and attributes, as written in a theme file.
public struct ThemeStyle: Equatable, Sendable {
    /// Text colour.
    public var fg: ThemeColor
    /// Background colour.
    public var bg: ThemeColor
    /// Attributes; they work without colour, so they carry meaning under `NO_COLOR`.
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
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
    public static let plain = ThemeStyle()

    /// What the terminal should draw for this style at `depth`: palette indices and the final
    /// attributes (an 8-colour terminal draws bright colours bold). See `Theme.resolved` for
    /// the whole-theme rule that keeps bars visible without colour.
    public func resolved(for depth: ColorDepth) -> ResolvedStyle {
        let f = fg.resolve(for: depth)
        let b = bg.resolve(for: depth)
        return ResolvedStyle(
            fg: f.index, bg: b.index, bold: bold || f.bold, reverse: reverse,
            underline: underline, dim: dim || f.dim)
    }
}
