import Foundation

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

/// The same file read for its totals only: what a week's rows, the history strip and `calls list`
/// show. Channels and answered/abandoned are left undecoded (the syntax checks still cover the
/// whole file; commands that change a week read it whole and check every count).
public struct ContactWeekTotals: Codable, Equatable, Sendable {
    public var schemaVersion: Int
    public var week: ISOWeek
    public var services: [String: Total]

    public struct Total: Codable, Equatable, Sendable {
        public var total: Int

        public init(total: Int) { self.total = total }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            total = try c.decode(Int.self, forKey: .total)
            if total < 0 {
                throw DecodingError.dataCorruptedError(forKey: .total, in: c, debugDescription: "a count cannot be negative (\(total))")
            }
        }

        enum CodingKeys: String, CodingKey { case total }
    }

    public init(week: ISOWeek) {
        self.schemaVersion = ContactWeek.schemaVersion
        self.week = week
        self.services = [:]
    }
}
