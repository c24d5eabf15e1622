#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A colour as a theme names it: the terminal's own default, one of the 16 basic colours,
/// an xterm palette index, or an exact RGB value that is mapped to the nearest colour the
/// terminal has (see `ColorDepth` and `resolve(for:)`).
package enum ThemeColor: Equatable, Hashable, Sendable {
    /// The terminal's default foreground or background (respects the user's own scheme).
    case terminalDefault
    /// An xterm palette index 0–255; 0–15 are the basic colours.
    case indexed(Int)
    /// `#rrggbb`.
    case rgb(red: Int, green: Int, blue: Int)

    /// The 16 basic colour names, in palette order (index = position).
    package static let basicNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Spellings people use for the same basic colours.
    static let aliases: [String: Int] = [
        "grey": 8, "gray": 8, "bright-grey": 8, "bright-gray": 8,
        "brightblack": 8, "brightred": 9, "brightgreen": 10, "brightyellow": 11,
        "brightblue": 12, "brightmagenta": 13, "brightcyan": 14, "brightwhite": 15,
    ]

    /// Parses the theme-file syntax: `default`, a basic name (`red`, `bright-blue`),
    /// `0`–`255`, or `#rrggbb`. Returns nil for anything else.
    package init?(parsing raw: String) {
        let s = raw.trimmed(.whitespaces).lowercased()
        if s == "default" || s == "none" {
            self = .terminalDefault
        } else if let i = ThemeColor.basicNames.firstIndex(of: s) ?? ThemeColor.aliases[s] {
            self = .indexed(i)
        } else if let n = Int(s), (0...255).contains(n), s.allSatisfy(\.isASCIIDigit) {
            self = .indexed(n)
        } else if s.hasPrefix("#"), s.count == 7, let v = Int(s.dropFirst(), radix: 16),
            s.dropFirst().allSatisfy(\.isHexDigit)
        {
            self = .rgb(red: (v >> 16) & 0xFF, green: (v >> 8) & 0xFF, blue: v & 0xFF)
        } else {
            return nil
        }
    }

    /// An xterm palette index, for numbers written without quotes in a theme file.
    package init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(index)
    }

    /// The spelling a theme file would use (basic names for 0–15).
    package var spelling: String {
        switch self {
        case .terminalDefault: return "default"
        case let .indexed(i): return i < 16 ? ThemeColor.basicNames[i] : String(i)
        case let .rgb(r, g, b):
            return "#" + [r, g, b].map { String($0, radix: 16).leftPadded(2) }.joined()
        }
    }

    /// What the theme-file error says a colour may be.
    package static let syntaxHelp = "a colour name (red, bright-blue…), a number 0-255, #rrggbb or default"
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
