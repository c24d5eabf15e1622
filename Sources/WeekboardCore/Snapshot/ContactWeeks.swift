#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads contact weeks on demand, each at most once. A week's rows read the weeks they show or
/// compare with (about sixteen files), however many years are kept.
package final class ContactWeeks {
    private let reader: any StoreReader
    /// week → service → total
    private var cache: [ISOWeek: [String: Int]] = [:]
    /// week → service → figure, for the weeks read whole
    private var wholeCache: [ISOWeek: [String: WeeklyCount]] = [:]

    package init(store: any StoreReader) { self.reader = store }

    /// A week's totals by service (empty when the week has no file). With `whole`, every count in
    /// the file is decoded and checked (the week on screen); else only the totals (weeks compared with).
    package func week(_ w: ISOWeek, whole: Bool = false) throws -> [String: Int] {
        if !whole, let c = cache[w] { return c }
        let c: [String: Int]
        if whole {
            let services = try reader.readContactWeek(w).services
            wholeCache[w] = services
            c = services.mapValues(\.total)
        } else {
            c = try reader.readContactTotals(w).services.mapValues(\.total)
        }
        cache[w] = c
        return c
    }

    /// The week's whole figure for a service; nil where nothing was recorded (or the week was not read whole).
    package func figure(_ service: String, _ week: ISOWeek) -> WeeklyCount? { wholeCache[week]?[service] }

    /// The week's total for a service; nil where nothing was recorded (or the week was not read).
    package func total(_ service: String, _ week: ISOWeek) -> Int? {
        cache[week]?[service]
    }

    /// Reads `weeks` (a damaged one throws, naming its file) and returns the services they have figures for.
    package func services(in weeks: some Sequence<ISOWeek>) throws -> Set<String> {
        var names = Set<String>()
        for w in weeks { names.formUnion(try week(w).keys) }
        return names
    }

    /// The weeks the rows for `week` look at: the sparkline's (at least this week and the eight
    /// before it, the baseline when no earlier year has a figure) and the same week in earlier years.
    package static func weeksRead(for week: ISOWeek, baselineYears: Int, sparkWeeks: Int) -> [ISOWeek] {
        var weeks = (0..<max(sparkWeeks, 9)).map { week.adding(weeks: -$0) }
        for back in 1...max(1, baselineYears) {
            let y = week.year - back
            if let w = ISOWeek(year: y, week: min(week.week, ISOWeek.weeksIn(year: y))) { weeks.append(w) }
        }
        return weeks
    }

    /// Rows for every service with a figure in the weeks shown or compared with, busiest this week first.
    package func rows(week: ISOWeek, baselineYears: Int, sparkWeeks: Int = 12) throws -> [ContactRow] {
        // Read every week the rows can look at first, so a damaged one is an error naming the file,
        // not a baseline quietly computed without it (`total` below cannot throw).
        _ = try self.week(week, whole: true)
        let names = try services(
            in: ContactWeeks.weeksRead(for: week, baselineYears: baselineYears, sparkWeeks: sparkWeeks))
        let measured = wholeCache[week]?.values.contains { $0.handledMedian != nil || $0.callingAgain != nil } == true
        // A week with contacts imported one by one has measures to show against their normal and their
        // last weeks: those weeks are read whole. A store of recorded totals reads no more than before.
        if measured {
            let compared = ContactWeeks.weeksRead(for: week, baselineYears: baselineYears, sparkWeeks: sparkWeeks)
            for w in compared where w != week { _ = try self.week(w, whole: true) }
        }
        let rows = names.map { name -> ContactRow in
            let baseline = Baseline.compute(week: week, years: baselineYears) { self.total(name, $0) }
            let recent = (0..<sparkWeeks).reversed().map { self.total(name, week.adding(weeks: -$0)) }
            let figure = wholeCache[week]?[name]
            let recentMeasures =
                measured
                ? (0..<sparkWeeks).reversed().map { back in
                    self.figure(name, week.adding(weeks: -back)).map(ContactMeasures.init)
                } : []
            let mixed = figure.map(\.sources).flatMap { $0.imported.isEmpty ? nil : $0 }
            return ContactRow(
                service: name, count: total(name, week), baseline: baseline, recent: recent,
                channels: figure?.channels?.isEmpty == false ? figure?.channels : nil,
                recordedChannels: Set(mixed?.recorded.keys.map { $0 } ?? []),
                measures: figure.map(ContactMeasures.init) ?? ContactMeasures(), recentMeasures: recentMeasures,
                measuresNormal: measured
                    ? ContactMeasures.normal(week: week, years: baselineYears) { self.figure(name, $0) } : nil)
        }
        return rows.sorted { ($0.count ?? -1, $1.service) > ($1.count ?? -1, $0.service) }
    }
}
