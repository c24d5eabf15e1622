#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package struct Baseline: Equatable, Sendable {
    package let value: Double?
    package let basis: BaselineBasis

    /// The baseline for `week`: mean of the same ISO week in up to `years` previous years
    /// (week 53 is compared with week 52); else the mean of up to 8 previous weeks; else none.
    /// `count` returns a week's total, or nil where nothing was recorded.
    package static func compute(week: ISOWeek, years: Int = 3, recentWeeks: Int = 8, count: (ISOWeek) -> Int?)
        -> Baseline
    {
        var same: [Int] = []
        for back in 1...max(1, years) {
            let y = week.year - back
            guard let w = ISOWeek(year: y, week: min(week.week, ISOWeek.weeksIn(year: y))) else { continue }
            if let c = count(w) { same.append(c) }
        }
        if !same.isEmpty {
            return Baseline(
                value: same.reduce(0.0) { $0 + Double($1) } / Double(same.count), basis: .sameWeek(years: same.count))
        }
        var recent: [Int] = []
        var w = week.previous
        for _ in 0..<recentWeeks {
            if let c = count(w) { recent.append(c) }
            w = w.previous
        }
        if !recent.isEmpty {
            return Baseline(
                value: recent.reduce(0.0) { $0 + Double($1) } / Double(recent.count), basis: .recentWeeks(recent.count))
        }
        return Baseline(value: nil, basis: .none)
    }

    /// (this − baseline) / baseline, or nil without a (non-zero) baseline.
    package func delta(_ current: Int) -> Double? {
        guard let b = value, b > 0 else { return nil }
        return (Double(current) - b) / b
    }

    /// `+42%`, `-8%`, `0%`: whole percent, rounded half away from zero.
    package static func percent(_ delta: Double) -> String {
        let p = wholePercent(delta)
        return p > 0 ? "+\(p)%" : "\(p)%"
    }

    /// `delta` in whole percent, rounded half away from zero; clamped so no figure, however
    /// wild, can overflow the conversion to Int.
    package static func wholePercent(_ delta: Double) -> Int {
        guard delta.isFinite else { return delta > 0 ? 999_999_999 : -999_999_999 }
        return Int(max(-1e9, min(1e9, (delta * 100).rounded(.toNearestOrAwayFromZero))))
    }
}
