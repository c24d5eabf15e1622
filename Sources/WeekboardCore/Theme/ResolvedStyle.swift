/// A style ready for the terminal: palette indices (-1 = default) and attributes.
public struct ResolvedStyle: Equatable, Hashable, Sendable {
    /// Palette index for the text, or -1 for the terminal's default.
    public var fg: Int
    /// Palette index for the background, or -1 for the terminal's default.
    public var bg: Int
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        fg: Int = -1, bg: Int = -1, bold: Bool = false, reverse: Bool = false, underline: Bool = false,
        dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// True when the style needs a colour pair (anything but the terminal's defaults).
    public var usesColor: Bool { fg != -1 || bg != -1 }
}
