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

func unknownKey(_ key: ThemeKey, in c: KeyedDecodingContainer<ThemeKey>, allowed: [String]) -> DecodingError {
    .dataCorruptedError(
        forKey: key, in: c,
        debugDescription:
            "unknown key '\(key.stringValue)' (allowed: \(allowed.joined(separator: ", ")))")
}
