#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One service's weekly contacts over a run of weeks, each against normal for that time of year,
/// with next week's forecast: what the contacts export and the weeknote's charts draw.
package struct ContactSeries: Equatable, Sendable {
    package struct Point: Equatable, Sendable {
        package let week: ISOWeek
        /// Contacts recorded for the week, or nil where nothing was.
        package let count: Int?
        /// Normal for this time of year (`Baseline`), or nil without earlier figures.
        package let normal: Double?
        /// Contacts from people calling again within 7 days, in percent; nil where the week has no
        /// contacts imported one by one.
        package var callingAgain: Double? = nil

        /// The week against normal in whole percent (`42`, `-5`); nil without both.
        package var against: Int? {
            guard let count, let normal, normal > 0 else { return nil }
            return Baseline.wholePercent((Double(count) - normal) / normal)
        }
    }

    package let service: String
    /// Oldest first, ending with the report's week.
    package let points: [Point]
    package let forecast: Forecast?

    /// True when some week has a calling-again share to draw.
    package var hasCallingAgain: Bool { points.contains { $0.callingAgain != nil } }

    /// The largest figure the chart must fit: counts, normals and the forecast's top.
    package var peak: Double {
        let values = points.flatMap { [$0.count.map(Double.init), $0.normal] }.compactMap { $0 }
        return max(values.max() ?? 0, Double(forecast?.high ?? 0))
    }

    /// A series per service with a figure in the weeks shown, busiest in the last week first. `only`
    /// keeps the services named as a person types them (any case, the start of a name, an alias);
    /// a name that matches none is an error listing those there are.
    package static func load(
        store: any StoreReader, week: ISOWeek, weeks: Int, baselineYears: Int, only: [String] = [],
        aliases: ServiceAliases = ServiceAliases()
    ) throws -> [ContactSeries] {
        let contacts = ContactWeeks(store: store)
        let shown = (0..<weeks).reversed().map { week.adding(weeks: -$0) }
        // Every week a figure is compared with is read first, so a damaged one is an error naming
        // its file rather than a normal quietly computed without it.
        var read = Set(shown)
        for w in shown { read.formUnion(ContactWeeks.weeksRead(for: w, baselineYears: baselineYears, sparkWeeks: 0)) }
        read.formUnion(Forecast.weeksRead(after: week, years: baselineYears))
        for w in read.sorted(by: <) { _ = try contacts.week(w, whole: shown.contains(w)) }
        var names = try contacts.services(in: shown)
        if !only.isEmpty {
            let all = names.sorted()
            names = Set(
                try only.map { try NameMatch.find($0, in: all, what: "service", plural: "services", aliases: aliases) })
        }
        let series = names.map { name in
            ContactSeries(
                service: name,
                points: shown.map { w in
                    Point(
                        week: w, count: contacts.total(name, w),
                        normal: Baseline.compute(week: w, years: baselineYears) { contacts.total(name, $0) }.value,
                        callingAgain: contacts.figure(name, w).flatMap { ContactMeasures($0).callingAgainPercent })
                },
                forecast: Forecast.next(after: week, years: baselineYears) { contacts.total(name, $0) })
        }
        return series.sorted {
            ($0.points.last?.count ?? -1, $1.service) > ($1.points.last?.count ?? -1, $0.service)
        }
    }
}
