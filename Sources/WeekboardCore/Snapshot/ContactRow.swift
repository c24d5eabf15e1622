import Foundation

/// One service's line in the contact-centre panel.
public struct ContactRow: Equatable, Sendable {
    public let service: String
    /// This week's total, or nil when nothing was recorded.
    public let count: Int?
    public let baseline: Baseline
    /// Totals for the 12 weeks ending with this one, oldest first (nil = no figure).
    public let recent: [Int?]

    public var delta: Double? { count.flatMap { baseline.delta($0) } }
}

/// Reads contact years on demand, each at most once. Cost is bounded by the years a baseline
/// looks back, not by how many years are kept.
public final class ContactYears {
    private let store: Store
    private var cache: [Int: ContactYear] = [:]

    public init(store: Store) { self.store = store }

    public func year(_ y: Int) throws -> ContactYear {
        if let c = cache[y] { return c }
        let c = try store.read(StoreFiles.contacts(y))
        cache[y] = c
        return c
    }

    public func total(_ service: String, _ week: ISOWeek) -> Int? {
        (try? year(week.year))?.count(service: service, week: week.week)?.total
    }

    /// Rows for every service seen this year or last, busiest this week first.
    public func rows(week: ISOWeek, baselineYears: Int, sparkWeeks: Int = 12) throws -> [ContactRow] {
        // Read every year the rows can look at first, so a damaged one is an error naming the file,
        // not a baseline quietly computed without it (`total` below cannot throw).
        for y in (week.year - max(baselineYears, 1))...week.year { _ = try year(y) }
        let thisYear = try year(week.year)
        var names = Set(thisYear.services.keys)
        names.formUnion(try year(week.year - 1).services.keys)
        let rows = names.map { name -> ContactRow in
            let baseline = Baseline.compute(week: week, years: baselineYears) { self.total(name, $0) }
            let recent = (0..<sparkWeeks).reversed().map { self.total(name, week.adding(weeks: -$0)) }
            return ContactRow(service: name, count: total(name, week), baseline: baseline, recent: recent)
        }
        return rows.sorted { ($0.count ?? -1, $1.service) > ($1.count ?? -1, $0.service) }
    }
}
