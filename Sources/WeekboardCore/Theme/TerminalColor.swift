/// A theme colour as the terminal will show it: a palette index (-1 = the terminal's default)
/// plus attributes that stand in for a colour the palette lacks (8 colours: bright → bold).
package struct TerminalColor: Equatable, Sendable {
    /// Palette index, or -1 for the terminal's default colour.
    package var index: Int
    /// Draw bold to stand in for a bright colour the palette lacks.
    package var bold = false
    /// Draw dim to stand in for grey.
    package var dim = false

    package init(index: Int, bold: Bool = false, dim: Bool = false) {
        self.index = index
        self.bold = bold
        self.dim = dim
    }

    /// The terminal's own colour.
    package static let terminalDefault = TerminalColor(index: -1)
}
