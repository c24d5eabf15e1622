import Foundation

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

    /// `met 2 of 3`
    public var short: String { "met \(met) of \(PersonWeek.slots)" }

    /// A weeknote sentence: "We met all three goals." / "We met 2 of 3 goals." / "We met none of our goals."
    public var sentence: String {
        switch (met, set) {
        case (_, 0): return "No goals were set this week."
        case (3, _): return "We met all three goals."
        case (0, _): return "We met none of our goals."
        default: return "We met \(met) of \(PersonWeek.slots) goals."
        }
    }
}

enum Streak {
    /// Positive weeks in a row ending at `week` (0 if `week` itself is not positive).
    /// `load` returns a person's week; it is called once per week walked back, and stops at the
    /// first week that is not positive, so cost follows the streak, not the history.
    static func count(upTo week: ISOWeek, limit: Int = 520, load: (ISOWeek) throws -> PersonWeek) rethrows -> Int {
        var n = 0
        var w = week
        while n < limit, WeekScore(try load(w)).positive {
            n += 1
            w = w.previous
        }
        return n
    }
}
