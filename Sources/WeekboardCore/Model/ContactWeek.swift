#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One ISO week of contact-centre volumes, every service: `contacts/<YYYY>-W<ww>.json`.
/// A week's view reads this week, the eleven before it (sparkline) and the same week one to three
/// years back (baseline): about sixteen small files however many years are kept.
public struct ContactWeek: Codable, Equatable, Sendable {
    public static let schemaVersion = 1
    public var schemaVersion: Int
    public var week: ISOWeek
    /// service name → that service's figure this week
    public var services: [String: WeeklyCount]

    public init(week: ISOWeek, services: [String: WeeklyCount] = [:]) {
        self.schemaVersion = ContactWeek.schemaVersion
        self.week = week
        self.services = services
    }

    public var isEmpty: Bool { services.isEmpty }
}
