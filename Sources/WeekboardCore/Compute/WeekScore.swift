#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How a week's goals went.
package struct WeekScore: Equatable, Sendable {
    package let met: Int
    package let set: Int
    package let positive: Bool

    package init(_ week: PersonWeek) {
        let goals = week.goals.compactMap { $0 }
        met = goals.filter { $0.state == .done }.count
        set = goals.count
        positive = week.hasFocus && met == PersonWeek.slots
    }

    /// `met 2 of 3`; with fewer goals set it says so: `met 1 of 1 goal set`, `no goals set`.
    package var short: String {
        switch self.set {
        case 0: return "no goals set"
        case PersonWeek.slots: return "met \(met) of \(set)"
        default: return "met \(met) of \(set) goal\(set == 1 ? "" : "s") set"
        }
    }

    /// For narrow columns (the team view): `met 2 of 3`, `met 1 of 1`, `no goals`.
    package var compact: String { self.set == 0 ? "no goals" : "met \(met) of \(self.set)" }

    /// A weeknote sentence: "We met all three goals." / "We met 2 of 3 goals." / "We met 1 of 2 goals set."
    package var sentence: String {
        switch (met, set) {
        case (_, 0): return "No goals were set this week."
        case (3, 3): return "We met all three goals."
        case (0, 3): return "We met none of our goals."
        case (_, 3): return "We met \(met) of 3 goals."
        default: return "We met \(met) of \(set) goal\(set == 1 ? "" : "s") set."
        }
    }
}
