#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One ISO week of contact-centre volumes, every service: `contacts/<YYYY>-W<ww>.json`.
/// A week's view reads this week, the eleven before it (sparkline) and the same week one to three
/// years back (baseline): about sixteen small files however many years are kept.
package struct ContactWeek: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var week: ISOWeek
    /// service name → that service's figure this week
    package var services: [String: WeeklyCount]

    package init(week: ISOWeek, services: [String: WeeklyCount] = [:]) {
        self.schemaVersion = ContactWeek.schemaVersion
        self.week = week
        self.services = services
    }

    package var isEmpty: Bool { services.isEmpty }
}

extension ContactWeek {
    /// The Codable reading without `JSONDecoder` (see `JSONReadable`); `totalsOnly` as for `WeeklyCount`.
    init(json: JSONNode, totalsOnly: Bool) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        week = try c.read("week")
        var services: [String: WeeklyCount] = [:]
        for (name, value) in try c.required("services").object().members() {
            guard services.updateValue(try WeeklyCount(json: value, totalsOnly: totalsOnly), forKey: name) == nil
            else { throw value.failure("duplicate field '\(name)'") }
        }
        self.services = services
    }
}

extension ContactWeek: JSONReadable {
    init(json: JSONNode) throws { try self.init(json: json, totalsOnly: false) }
}
