#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The theme JSON format:
/// `{"name": "…", "description": "…", "roles": {"text": {"fg": "default"}, "status-red": {"fg": "#d4351c", "bold":
/// true}}}`.
/// Strict on purpose: an unknown role, an unknown key or a bad colour is an error naming the
/// field, because a typo silently ignored would leave a theme that looks subtly wrong.
enum ThemeFile {
    static func decode(_ data: Data, file: String) throws -> Theme {
        try JSONCoding.decode(ThemeDocument.self, from: data, file: file).theme
    }
}

/// A JSON object key that may be anything, so unknown keys can be reported by name.
struct ThemeKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private func unknownKey(_ key: ThemeKey, in c: KeyedDecodingContainer<ThemeKey>, allowed: [String]) -> DecodingError {
    .dataCorruptedError(
        forKey: key, in: c,
        debugDescription:
            "unknown key '\(key.stringValue)' (allowed: \(allowed.joined(separator: ", ")))")
}

struct ThemeDocument: Decodable {
    let theme: Theme

    static let keys = ["name", "description", "roles"]

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: ThemeKey.self)
        for key in c.allKeys where !Self.keys.contains(key.stringValue) {
            throw unknownKey(key, in: c, allowed: Self.keys)
        }
        let name = try c.decode(String.self, forKey: ThemeKey("name"))
        if name.trimmed(.whitespaces).isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: ThemeKey("name"), in: c, debugDescription: "a theme needs a name")
        }
        let roles = try c.nestedContainer(keyedBy: ThemeKey.self, forKey: ThemeKey("roles"))
        var styles: [Role: ThemeStyle] = [:]
        for key in roles.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            guard let role = Role(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: roles,
                    debugDescription:
                        """
                        unknown role '\(key.stringValue)' (roles: \
                        \(Role.allCases.map(\.rawValue).joined(separator: ", ")))
                        """
                )
            }
            styles[role] = try roles.decode(StyleDocument.self, forKey: key).style
        }
        theme = Theme(name: name, styles: styles)
    }
}

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
