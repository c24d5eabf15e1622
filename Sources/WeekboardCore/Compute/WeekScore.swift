#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How a week's goals went.
public struct WeekScore: Equatable, Sendable {
    public let met: Int
    public let set: Int
    public let positive: Bool

    public init(_ week: PersonWeek) {
        let goals = week.goals.compactMap { $0 }
        met = goals.filter { $0.state == .done }.count
        set = goals.count
        positive = week.hasFocus && met == PersonWeek.slots
    }

    /// `met 2 of 3`; with fewer goals set it says so: `met 1 of 1 goal set`, `no goals set`.
    public var short: String {
        switch self.set {
        case 0: return "no goals set"
        case PersonWeek.slots: return "met \(met) of \(set)"
        default: return "met \(met) of \(set) goal\(set == 1 ? "" : "s") set"
        }
    }

    /// For narrow columns (the team view): `met 2 of 3`, `met 1 of 1`, `no goals`.
    public var compact: String { self.set == 0 ? "no goals" : "met \(met) of \(self.set)" }

    /// A weeknote sentence: "We met all three goals." / "We met 2 of 3 goals." / "We met 1 of 2 goals set."
    public var sentence: String {
        switch (met, set) {
        case (_, 0): return "No goals were set this week."
        case (3, 3): return "We met all three goals."
        case (0, 3): return "We met none of our goals."
        case (_, 3): return "We met \(met) of 3 goals."
        default: return "We met \(met) of \(set) goal\(set == 1 ? "" : "s") set."
        }
    }
}

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
