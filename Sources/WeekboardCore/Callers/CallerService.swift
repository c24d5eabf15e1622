#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One service's callers in one week.
package struct CallerService: Codable, Equatable, Sendable {
    /// Caller token (hex of a keyed hash) → contacts that caller made this week.
    package var callers: [String: Int]
    /// Contacts whose caller was withheld or absent: counted, but never a repeat caller.
    package var withheld: Int
    /// Keyed hashes of (time, service, caller) of every contact counted, sorted: what makes a
    /// re-import of the same or an overlapping file skip contacts it has already counted.
    package var contacts: [String]
    /// What an export said of each contact beyond its caller, for handled-time and abandonment figures:
    /// `<contact key>:<seconds>` for a contact handled for that long, `<contact key>:abandoned` for one
    /// that ended before an agent took it; sorted. Absent when no import brought either.
    package var measures: [String]?
    /// When each contact with a known caller came, and from whom: `<contact key> <time> <token>`, where
    /// time is `2026-11-23T09:15:00`; sorted. What "calling again within 7 days" is worked out from,
    /// across week boundaries. Absent in weeks imported before it was kept.
    package var visits: [String]?

    package init(
        callers: [String: Int] = [:], withheld: Int = 0, contacts: [String] = [], measures: [String]? = nil,
        visits: [String]? = nil
    ) {
        self.callers = callers
        self.withheld = withheld
        self.contacts = contacts
        self.measures = measures
        self.visits = visits
    }

    // Counts are checked like a contact week's: a damaged file must not crash a sum.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        callers = try c.decode([String: Int].self, forKey: .callers)
        withheld = try c.decode(Int.self, forKey: .withheld)
        contacts = try c.decode([String].self, forKey: .contacts)
        measures = try c.decodeIfPresent([String].self, forKey: .measures)
        visits = try c.decodeIfPresent([String].self, forKey: .visits)
        if let why = WeeklyCount.problem(withheld) {
            throw DecodingError.dataCorruptedError(forKey: .withheld, in: c, debugDescription: why)
        }
        if let (token, n) = callers.first(where: { $0.value < 1 || $0.value > WeeklyCount.maxCount }) {
            throw DecodingError.dataCorruptedError(
                forKey: .callers, in: c,
                debugDescription: "caller \(token.prefix(6)) has \(n) contacts (expected 1 to 1,000,000,000)")
        }
    }

    enum CodingKeys: String, CodingKey { case callers, withheld, contacts, measures, visits }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(callers, forKey: .callers)
        try c.encode(withheld, forKey: .withheld)
        try c.encode(contacts, forKey: .contacts)
        // Absent rather than empty: files written before measures existed read and look as they did.
        if let measures, !measures.isEmpty { try c.encode(measures, forKey: .measures) }
        if let visits, !visits.isEmpty { try c.encode(visits, forKey: .visits) }
    }

    /// Every contact counted for the service this week, withheld callers included.
    package var total: Int { callers.values.reduce(0, +) + withheld }
}
