#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

enum Streak {
    /// The longest streak counted: ten years.
    static let limit = 520

    /// Positive weeks in a row ending at `week` (0 if `week` itself is not positive).
    /// `load` returns a person's week; it is called once per week walked back, and stops at the
    /// first week that is not positive, so cost follows the streak, not the history.
    static func count(upTo week: ISOWeek, limit: Int = limit, load: (ISOWeek) throws -> PersonWeek) rethrows -> Int {
        var n = 0
        var w = week
        while n < limit, WeekScore(try load(w)).positive {
            n += 1
            w = w.previous
        }
        return n
    }

    /// The same count, taken from the person's positive-week index when it agrees with the files at
    /// both ends of its run (`week` itself and the week before the run): two reads however long the
    /// streak. Without an index, or when it disagrees, it walks back as above.
    static func count(
        upTo week: ISOWeek, limit: Int = limit, index: PositiveWeeks?, load: (ISOWeek) throws -> PersonWeek
    ) rethrows -> Int {
        if let run = index?.run(containing: week), WeekScore(try load(week)).positive {
            let length = week.weeks(since: run.from) + 1
            if length >= limit { return limit }
            if !WeekScore(try load(run.from.previous)).positive { return length }
        }
        return try count(upTo: week, limit: limit, load: load)
    }
}
