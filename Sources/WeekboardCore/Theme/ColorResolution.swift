/// How many colours the terminal can show, from ncurses' `COLORS` (or none at all:
/// no colour support, a monochrome theme, or `NO_COLOR`).
package enum ColorDepth: Equatable, Sendable {
    /// Attributes only.
    case none
    /// The 8 basic colours; bright ones become bold.
    case eight
    /// The 16 basic colours.
    case sixteen
    /// The xterm 256-colour palette (or more).
    case full256

    /// The depth for a terminal reporting `colors` colours.
    package init(colors: Int) {
        switch colors {
        case 256...: self = .full256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }
}

extension ThemeColor {
    /// The nearest colour a terminal of `depth` has. At `.none` every colour is the default.
    package func resolve(for depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (_, .none), (.terminalDefault, _):
            return .terminalDefault
        case let (.indexed(i), .full256):
            return TerminalColor(index: i)
        case let (.rgb(r, g, b), .full256):
            return TerminalColor(index: XtermPalette.nearest256(r, g, b))
        case (_, .sixteen):
            return TerminalColor(index: basicIndex)
        case (_, .eight):
            return XtermPalette.eightColourFallback(basicIndex)
        }
    }

    /// The nearest of the 16 basic colours (exact for 0–15).
    var basicIndex: Int {
        switch self {
        case .terminalDefault: return -1
        case let .indexed(i) where i < 16: return i
        case let .indexed(i):
            let c = XtermPalette.rgb(ofIndex: i)
            return XtermPalette.nearestBasic(c.r, c.g, c.b)
        case let .rgb(r, g, b): return XtermPalette.nearestBasic(r, g, b)
        }
    }
}
