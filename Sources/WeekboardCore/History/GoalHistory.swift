#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A person's past weeks and the team's contact volumes over the same span: what
/// `weekboard history` prints and the dashboard's `h` view shows.
package struct GoalHistory: Equatable, Sendable {
    package struct WeekCell: Equatable, Sendable {
        package let week: ISOWeek
        package let cell: HistoryCell
    }

    /// One service's weekly totals with the baseline for each week (nil where unknown), oldest first.
    package struct ServiceLine: Equatable, Sendable {
        package let service: String
        package let counts: [Int?]
        package let baselines: [Int?]
        /// Each week's measures where it has them (`ContactMeasures`): median handled seconds, and the
        /// abandoned and calling-again shares in whole percent; nil for a week recorded as a total.
        package var handled: [Int?] = []
        package var abandoned: [Int?] = []
        package var callingAgain: [Int?] = []

        /// One scale for both lines, so a bar above its baseline means more contacts than normal.
        package var scale: ClosedRange<Int>? {
            let all = (counts + baselines).compactMap { $0 }
            guard let lo = all.min(), let hi = all.max() else { return nil }
            return lo...hi
        }
    }

    package let person: String
    /// How the person is shown (`OwnName`); nil shows `person`.
    package var displayName: String?
    package var personName: String { displayName ?? person }
    /// Oldest first, ending with `through`.
    package let weeks: [WeekCell]
    package let through: ISOWeek
    /// Positive weeks in a row, as on the dashboard (a week still in progress does not break it).
    package let streak: Int
    /// Positive weeks in `through`'s ISO year, out of `weeksThisYear`.
    package let positiveThisYear: Int
    /// Weeks of the year up to `through`; a current week not yet positive is left out, as for the streak.
    package let weeksThisYear: Int
    /// How much of today's calendar year has gone, 0…1.
    package let yearProgress: Double
    package let services: [ServiceLine]

    /// Reads up to a year of the person's week files (on demand only) and the contact years
    /// the baselines need. `weeks` is clamped to 1…104.
    package static func load(
        store: Store, person: String, through: ISOWeek, weeks: Int, today: CalendarDay,
        baselineYears: Int = 3, own: OwnName = OwnName()
    ) throws -> GoalHistory {
        var cache: [ISOWeek: PersonWeek] = [:]
        let read = { (w: ISOWeek) throws -> PersonWeek in
            if let c = cache[w] { return c }
            let pw = try store.read(StoreFiles.personWeek(person, w))
            cache[w] = pw
            return pw
        }
        var history = try make(
            person: person, through: through, weeks: weeks, today: today, load: read,
            contacts: ContactWeeks(store: store), baselineYears: baselineYears)
        history.displayName = own.shown(kept: try store.displayName(of: person), folder: person)
        return history
    }

    /// The pure part: `load` returns a person's week (empty when absent).
    package static func make(
        person: String, through: ISOWeek, weeks: Int, today: CalendarDay,
        load: (ISOWeek) throws -> PersonWeek, contacts: ContactWeeks, baselineYears: Int = 3
    ) throws -> GoalHistory {
        let n = min(104, max(1, weeks))
        let span = (0..<n).reversed().map { through.adding(weeks: -$0) }
        let cells = try span.map { WeekCell(week: $0, cell: HistoryCell(try load($0))) }

        let thisWeek = try load(through)
        let inProgress = through == ISOWeek(containing: today) && !WeekScore(thisWeek).positive
        let streak = try Streak.count(upTo: inProgress ? through.previous : through, load: load)
        let lastCounted = inProgress ? through.week - 1 : through.week
        var positive = 0
        for w in stride(from: 1, through: lastCounted, by: 1) {
            if let week = ISOWeek(year: through.year, week: w), WeekScore(try load(week)).positive { positive += 1 }
        }

        let names = try contacts.services(
            in: Set(
                span.flatMap {
                    ContactWeeks.weeksRead(for: $0, baselineYears: baselineYears, sparkWeeks: 1)
                }))
        // The weeks shown are read whole for their measures (the weeks compared with only for totals).
        for w in span { _ = try contacts.week(w, whole: true) }
        let services = names.map { name -> ServiceLine in
            var line = ServiceLine(
                service: name,
                counts: span.map { contacts.total(name, $0) },
                baselines: span.map { w in
                    Baseline.compute(week: w, years: baselineYears) { contacts.total(name, $0) }.value.map {
                        Int($0.rounded())
                    }
                })
            let measures = span.map { w in contacts.figure(name, w).map(ContactMeasures.init) }
            let whole = { (v: Double?) in v.map { Int($0.rounded()) } }
            line.handled = measures.map { whole($0?.handledSeconds) }
            line.abandoned = measures.map { whole($0?.abandonedPercent) }
            line.callingAgain = measures.map { whole($0?.callingAgainPercent) }
            return line
        }
        .sorted {
            ($0.counts.last.flatMap { $0 } ?? -1, $1.service) > ($1.counts.last.flatMap { $0 } ?? -1, $0.service)
        }

        return GoalHistory(
            person: person, weeks: cells, through: through, streak: streak, positiveThisYear: positive,
            weeksThisYear: max(0, lastCounted), yearProgress: yearProgress(today), services: services)
    }

    /// Days gone in today's calendar year (counting today) over the days in it.
    package static func yearProgress(_ today: CalendarDay) -> Double {
        let y = today.year
        let jan1 = CalendarDay(year: y, month: 1, day: 1)!
        let days = CalendarDay.isLeap(y) ? 366 : 365
        return Double(today - jan1 + 1) / Double(days)
    }

    /// Share of positive weeks this year, 0…1 (0 before the first week is counted).
    package var positiveShare: Double { weeksThisYear == 0 ? 0 : Double(positiveThisYear) / Double(weeksThisYear) }
}
