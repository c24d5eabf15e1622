#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A project on the programme board. Its current status is the last entry of `history`.
package struct Project: Codable, Equatable, Sendable {
    package var name: String
    package var programme: String
    package var owner: String?
    package var note: String?
    package var milestone: Milestone?
    /// Oldest first; never empty.
    package var history: [StatusUpdate]
    /// The day it was archived: hidden from the board and roll-ups, kept with its history.
    package var archived: CalendarDay?
    /// The RAID log, each list numbered from 1 in the order added (items are closed, never removed).
    /// Absent from files written before weekboard kept one: read as empty, and left out when empty.
    package var risks: [Versioned<Risk>] = []
    package var issues: [Versioned<RAIDIssue>] = []
    package var decisions: [Versioned<Decision>] = []
    package var actions: [Versioned<ActionItem>] = []
    /// Time, cost, scope, quality and benefits, and the tolerances; nil until first rated.
    package var ratings: Versioned<DimensionRatings>?

    package init(
        name: String, programme: String, owner: String? = nil, note: String? = nil,
        milestone: Milestone? = nil, history: [StatusUpdate]
    ) {
        self.name = name
        self.programme = programme
        self.owner = owner
        self.note = note
        self.milestone = milestone
        self.history = history
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        programme = try c.decode(String.self, forKey: .programme)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        milestone = try c.decodeIfPresent(Milestone.self, forKey: .milestone)
        history = try c.decode([StatusUpdate].self, forKey: .history)
        archived = try c.decodeIfPresent(CalendarDay.self, forKey: .archived)
        guard !history.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: c,
                debugDescription: "a project needs at least one status update")
        }
        risks = try c.decodeIfPresent([Versioned<Risk>].self, forKey: .risks) ?? []
        issues = try c.decodeIfPresent([Versioned<RAIDIssue>].self, forKey: .issues) ?? []
        decisions = try c.decodeIfPresent([Versioned<Decision>].self, forKey: .decisions) ?? []
        actions = try c.decodeIfPresent([Versioned<ActionItem>].self, forKey: .actions) ?? []
        ratings = try c.decodeIfPresent(Versioned<DimensionRatings>.self, forKey: .ratings)
    }

    private enum CodingKeys: String, CodingKey {
        case name, programme, owner, note, milestone, history, archived, risks, issues, decisions, actions, ratings
    }

    /// The RAID lists only when they hold something, so a board without them is written as before.
    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(programme, forKey: .programme)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(milestone, forKey: .milestone)
        try c.encode(history, forKey: .history)
        try c.encodeIfPresent(archived, forKey: .archived)
        if !risks.isEmpty { try c.encode(risks, forKey: .risks) }
        if !issues.isEmpty { try c.encode(issues, forKey: .issues) }
        if !decisions.isEmpty { try c.encode(decisions, forKey: .decisions) }
        if !actions.isEmpty { try c.encode(actions, forKey: .actions) }
        try c.encodeIfPresent(ratings, forKey: .ratings)
    }

    package var status: RAGStatus { history.last!.status }
    package var isArchived: Bool { archived != nil }
    package var lastUpdated: CalendarDay { history.last!.date }
}

// Readers without `JSONDecoder` (see `JSONReadable`), field for field as the Codable ones.

extension Project: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        name = try c.read("name")
        programme = try c.read("programme")
        owner = try c.readIfPresent("owner")
        note = try c.readIfPresent("note")
        milestone = try c.readIfPresent("milestone")
        history = try c.required("history").array(of: StatusUpdate.self)
        archived = try c.readIfPresent("archived")
        guard !history.isEmpty else { throw c.failure("history", "a project needs at least one status update") }
        risks = try c.readIfPresent("risks") ?? []
        issues = try c.readIfPresent("issues") ?? []
        decisions = try c.readIfPresent("decisions") ?? []
        actions = try c.readIfPresent("actions") ?? []
        ratings = try c.readIfPresent("ratings")
    }
}
