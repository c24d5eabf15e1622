#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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
