#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One field of one store file as a change left it: enough to undo it, and to see whether a
/// later change touched the same field. A sorted list of unique strings (the contact keys an
/// import adds) is kept as the strings added and removed, not the whole list twice.
package struct FieldChange: Codable, Equatable, Sendable {
    package var file: String
    package var path: [PathStep]
    /// nil: the field (or file) was absent.
    package var before: JSONValue?
    package var after: JSONValue?
    /// For a sorted set of strings: what the change added and removed (`before`/`after` unused).
    package var added: [String]?
    package var removed: [String]?

    package init(file: String, path: [PathStep], before: JSONValue?, after: JSONValue?) {
        self.file = file
        self.path = path
        self.before = before
        self.after = after
    }

    init(file: String, path: [PathStep], added: [String], removed: [String]) {
        self.file = file
        self.path = path
        self.added = added
        self.removed = removed
    }

    var isSetChange: Bool { added != nil || removed != nil }

    /// The change that puts this one back.
    var inverse: FieldChange {
        if isSetChange { return FieldChange(file: file, path: path, added: removed ?? [], removed: added ?? []) }
        return FieldChange(file: file, path: path, before: after, after: before)
    }

    func overlaps(_ other: FieldChange) -> Bool { file == other.file && path.overlaps(other.path) }

    private enum Keys: String, CodingKey { case file, path, before, after, added, removed }

    // `before`/`after` are written only when present, and a present JSON null stays null.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        file = try c.decode(String.self, forKey: .file)
        path = try c.decode([PathStep].self, forKey: .path)
        before = c.contains(.before) ? try c.decode(JSONValue.self, forKey: .before) : nil
        after = c.contains(.after) ? try c.decode(JSONValue.self, forKey: .after) : nil
        added = try c.decodeIfPresent([String].self, forKey: .added)
        removed = try c.decodeIfPresent([String].self, forKey: .removed)
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(file, forKey: .file)
        try c.encode(path, forKey: .path)
        try c.encodeIfPresent(before, forKey: .before)
        try c.encodeIfPresent(after, forKey: .after)
        try c.encodeIfPresent(added, forKey: .added)
        try c.encodeIfPresent(removed, forKey: .removed)
    }
}
