#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One person's week: focus, three goal slots and weeknote lists. One file per person per week,
/// so opening this week never reads older weeks.
package struct PersonWeek: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package static let slots = 3

    package var schemaVersion: Int
    package var person: String
    package var week: ISOWeek
    package var focus: String?
    /// Exactly three slots; nil is an empty slot.
    package var goals: [Goal?]
    package var notes: [NoteSection: [String]]

    package init(person: String, week: ISOWeek) {
        self.schemaVersion = PersonWeek.schemaVersion
        self.person = person
        self.week = week
        self.focus = nil
        self.goals = Array(repeating: nil, count: PersonWeek.slots)
        self.notes = [:]
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        person = try c.decode(String.self, forKey: .person)
        week = try c.decode(ISOWeek.self, forKey: .week)
        focus = try c.decodeIfPresent(String.self, forKey: .focus)
        goals = try c.decodeIfPresent([Goal?].self, forKey: .goals) ?? Array(repeating: nil, count: PersonWeek.slots)
        guard goals.count == PersonWeek.slots else {
            throw DecodingError.dataCorruptedError(
                forKey: .goals, in: c,
                debugDescription: "expected exactly \(PersonWeek.slots) goal slots, found \(goals.count)")
        }
        notes = try c.decodeIfPresent([NoteSection: [String]].self, forKey: .notes) ?? [:]
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(person, forKey: .person)
        try c.encode(week, forKey: .week)
        try c.encode(focus, forKey: .focus)
        try c.encode(goals, forKey: .goals)
        try c.encode(notes, forKey: .notes)
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, person, week, focus, goals, notes }

    package var hasFocus: Bool { !(focus ?? "").isEmpty }
    package var isEmpty: Bool { !hasFocus && goals.allSatisfy { $0 == nil } && notes.values.allSatisfy(\.isEmpty) }
    package func notes(_ section: NoteSection) -> [String] { notes[section] ?? [] }
}

extension PersonWeek: JSONReadable {
    /// `init(from:)` without `JSONDecoder`: the same fields, checks and errors (see `JSONReadable`).
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        person = try c.read("person")
        week = try c.read("week")
        focus = try c.readIfPresent("focus")
        goals =
            try c.optional("goals")?.array().map { $0.isNull ? nil : try Goal(json: $0) }
            ?? Array(repeating: nil, count: PersonWeek.slots)
        guard goals.count == PersonWeek.slots else {
            throw c.failure("goals", "expected exactly \(PersonWeek.slots) goal slots, found \(goals.count)")
        }
        notes = try c.optional("notes")?.object().keyed(by: NoteSection.self, of: [String].self) ?? [:]
    }
}
