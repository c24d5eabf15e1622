#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

struct StyleDocument: Decodable {
    let style: ThemeStyle

    static let keys = ["fg", "bg", "bold", "reverse", "underline", "dim"]

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: ThemeKey.self)
        for key in c.allKeys where !Self.keys.contains(key.stringValue) {
            throw unknownKey(key, in: c, allowed: Self.keys)
        }
        func color(_ name: String) throws -> ThemeColor {
            let key = ThemeKey(name)
            guard c.contains(key) else { return .terminalDefault }
            if let n = try? c.decode(Int.self, forKey: key) {
                if let color = ThemeColor(index: n) { return color }
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription:
                        "\(n) is not a colour: expected \(ThemeColor.syntaxHelp)")
            }
            guard let s = try? c.decode(String.self, forKey: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription:
                        "expected \(ThemeColor.syntaxHelp)")
            }
            guard let color = ThemeColor(parsing: s) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription:
                        "'\(s)' is not a colour: expected \(ThemeColor.syntaxHelp)")
            }
            return color
        }
        func flag(_ name: String) throws -> Bool {
            try c.decodeIfPresent(Bool.self, forKey: ThemeKey(name)) ?? false
        }
        style = ThemeStyle(
            fg: try color("fg"), bg: try color("bg"), bold: try flag("bold"),
            reverse: try flag("reverse"), underline: try flag("underline"), dim: try flag("dim"))
    }
}
