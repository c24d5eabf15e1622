/// A style ready for the terminal: palette indices (-1 = default) and attributes.
package struct ResolvedStyle: Equatable, Hashable, Sendable {
    /// Palette index for the text, or -1 for the terminal's default.
    package var fg: Int
    /// Palette index for the background, or -1 for the terminal's default.
    package var bg: Int
    package var bold: Bool
    package var reverse: Bool
    package var underline: Bool
    package var dim: Bool

    package init(
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
    package var usesColor: Bool { fg != -1 || bg != -1 }
}
