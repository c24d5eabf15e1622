#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One field changed differently on two machines: the value the store now shows (the later change)
/// and the one it replaced, each with who made it and when, until a person picks one
/// (`weekboard sync resolve`). Kept in `conflicts.json` (`ConflictList`).
package struct SyncConflict: Codable, Equatable, Sendable {
    /// One side of a conflict: its value (nil: that machine deleted the field or file) and the
    /// journal entry that set it, when the journal says (absent for a change made outside it).
    package struct Side: Codable, Equatable, Sendable {
        package var value: JSONValue?
        /// Who made the change: the person who acted (`priya` of `priya as alex`, the journal's
        /// `source.access`), else the journal's person.
        package var person: String?
        /// The person the change was made as, when not the one who acted (`alex` of `priya as alex`);
        /// absent in files written before it was kept.
        package var actingAs: String?
        package var at: Date?
        /// The copy (`sync/origin`) the change was made on, when its journal entry names one.
        package var origin: String?

        package init(
            value: JSONValue?, person: String? = nil, actingAs: String? = nil, at: Date? = nil, origin: String? = nil
        ) {
            self.value = value
            self.person = person
            self.actingAs = actingAs
            self.at = at
            self.origin = origin
        }

        /// The side of the change `entry` made (nil: one the journal does not record): who acted, for
        /// whom, when and where.
        init(value: JSONValue?, entry: JournalEntry?) {
            let source = entry?.source
            let actor = source?.access ?? source?.person
            let actingAs = source.flatMap { $0.access != nil && $0.access != $0.person ? $0.person : nil }
            self.init(value: value, person: actor, actingAs: actingAs, at: entry?.at, origin: entry?.origin)
        }

        /// `priya as alex`, `sam`, as the log names an author; nil when the journal does not say.
        package var author: String? {
            guard let person else { return nil }
            return actingAs.map { "\(person) as \($0)" } ?? person
        }

        private enum Keys: String, CodingKey {
            case value, person, at, origin
            case actingAs = "as"
        }

        // An absent `value` is a deletion; a present JSON null stays null (as in `FieldChange`).
        package init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            value = c.contains(.value) ? try c.decode(JSONValue.self, forKey: .value) : nil
            person = try c.decodeIfPresent(String.self, forKey: .person)
            actingAs = try c.decodeIfPresent(String.self, forKey: .actingAs)
            at = try c.decodeIfPresent(Date.self, forKey: .at)
            origin = try c.decodeIfPresent(String.self, forKey: .origin)
        }

        package func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encodeIfPresent(value, forKey: .value)
            try c.encodeIfPresent(person, forKey: .person)
            try c.encodeIfPresent(actingAs, forKey: .actingAs)
            try c.encodeIfPresent(at, forKey: .at)
            try c.encodeIfPresent(origin, forKey: .origin)
        }
    }

    /// The same on every machine for the same two values of the same field (`SyncConflict.identity`),
    /// so merging again never records a conflict twice.
    package var id: String
    /// The store file (store-relative) and the field in it, as the journal names fields.
    package var file: String
    package var path: [PathStep]
    /// What the file holds now (the later change) and what it replaced.
    package var shown: Side
    package var other: Side

    package init(file: String, path: [PathStep], shown: Side, other: Side) {
        self.file = file
        self.path = path
        self.shown = shown
        self.other = other
        self.id = Self.identity(file: file, path: path, shown.value, other.value)
    }

    /// Eight hex digits of FNV-1a over the file, the field and the two values in a fixed order:
    /// short enough to type (`sync resolve 3fa2c1d0`), the same whichever machine merged.
    static func identity(file: String, path: [PathStep], _ a: JSONValue?, _ b: JSONValue?) -> String {
        let values = [a, b].map { $0.map(SyncCanonical.text) ?? "-" }.sorted()
        let pathText = SyncCanonical.text(path)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(file)\n\(pathText)\n\(values[0])\n\(values[1])".utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash ^ (hash >> 32), radix: 16)
        return String((String(repeating: "0", count: 16) + hex).suffix(8))
    }

    /// The field in words for a person: `board.json: projects › Voids › owner`.
    package var fieldText: String {
        let steps = path.map { step -> String in
            switch step {
            case .key(let k): return k
            case .index(let i): return "#\(i + 1)"
            case .named(let n): return n
            }
        }
        return Sanitize.text(([file] + [steps.joined(separator: " › ")]).joined(separator: ": "))
    }
}
