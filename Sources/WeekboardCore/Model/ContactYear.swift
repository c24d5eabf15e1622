#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A year of contact-centre volumes (ISO year), gathered from its week files: what imports and
/// listings work on. Store format 1 kept it as one file, `contacts/<year>.json`; it is still
/// Codable so `Store.upgrade` can read those files.
package struct ContactYear: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var year: Int
    /// service name → `W05` → count
    package var services: [String: [String: WeeklyCount]]

    package init(year: Int) {
        self.schemaVersion = ContactYear.schemaVersion
        self.year = year
        self.services = [:]
    }

    // Decoding refuses week keys the year does not have (`W60`, `banana`): they would be silently ignored.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        year = try c.decode(Int.self, forKey: .year)
        services = try c.decode([String: [String: WeeklyCount]].self, forKey: .services)
        let weeks = ISOWeek.weeksIn(year: year)
        let valid = Set((1...weeks).map(ContactYear.key))
        for (service, byWeek) in services {
            if let bad = byWeek.keys.sorted().first(where: { !valid.contains($0) }) {
                throw DecodingError.dataCorruptedError(
                    forKey: .services, in: c,
                    debugDescription: "'\(bad)' under '\(service)' is not a week of \(year) (expected W01 to W\(weeks))"
                )
            }
        }
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, year, services }

    package static func key(_ week: Int) -> String { "W\(week.zeroPadded(2))" }

    package func count(service: String, week: Int) -> WeeklyCount? { services[service]?[ContactYear.key(week)] }

    package mutating func set(service: String, week: Int, _ count: WeeklyCount) {
        services[service, default: [:]][ContactYear.key(week)] = count
    }

    /// Builds the year from its week files (weeks of other years are ignored).
    package init(year: Int, weeks: [ContactWeek]) {
        self.init(year: year)
        for w in weeks where w.week.year == year {
            for (service, count) in w.services { set(service: service, week: w.week.week, count) }
        }
    }

    /// One week's file of this year: every service's figure for that week.
    package func week(_ week: ISOWeek) -> ContactWeek {
        var out = ContactWeek(week: week)
        for (service, byWeek) in services {
            if let c = byWeek[ContactYear.key(week.week)] { out.services[service] = c }
        }
        return out
    }

    /// The weeks that have at least one figure, in order.
    package var weeks: [ISOWeek] {
        let keys = Set(services.values.flatMap(\.keys))
        return (1...ISOWeek.weeksIn(year: year)).compactMap {
            keys.contains(ContactYear.key($0)) ? ISOWeek(year: year, week: $0) : nil
        }
    }
}
