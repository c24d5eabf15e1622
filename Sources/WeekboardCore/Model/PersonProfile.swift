#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a person's folder says about them beyond their weeks: their name as they first gave it
/// (`Sam Patel`, where the folder is `sam-patel`). `people/<person>/person.json`; absent in stores
/// written before it existed, where the folder's name is shown instead.
package struct PersonProfile: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package static let fileName = "person.json"

    package var schemaVersion: Int
    /// The name to show: as typed, trimmed, NFC, runs of spaces as one (`PersonName.display`).
    package var displayName: String?

    package init(displayName: String? = nil) {
        schemaVersion = Self.schemaVersion
        self.displayName = displayName
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        displayName = try c.decodeIfPresent(String.self, forKey: .displayName)
        // The same rule as a name typed with --person (no control or bidi character, at most 64),
        // so a hand-edited file cannot put anything else on a screen or in a title.
        if let name = displayName, (try? PersonName(name))?.display != name {
            throw DecodingError.dataCorruptedError(
                forKey: .displayName, in: c,
                debugDescription: "a display name is 1–\(PersonName.maxCharacters) \(PersonName.allowed), "
                    + "with single spaces between words")
        }
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encodeIfPresent(displayName, forKey: .displayName)
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, displayName }
}

extension PersonProfile: JSONReadable {
    /// `init(from:)` without `JSONDecoder` (see `JSONReadable`): `status` reads one for each person it names.
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        displayName = try c.readIfPresent("displayName")
        if let name = displayName, (try? PersonName(name))?.display != name {
            throw c.failure(
                "displayName",
                "a display name is 1–\(PersonName.maxCharacters) \(PersonName.allowed), "
                    + "with single spaces between words")
        }
    }
}
