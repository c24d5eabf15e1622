#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Next week's expected contacts for one service, with a range, and how far the same method was
/// off over the weeks before: a person needs all three to know how far to trust the number.
///
/// The method is the one a planner does by hand. The recent level (the mean of the last four
/// weeks) is moved by how next week compared with the four weeks before it in earlier years (the
/// season). Without an earlier year, the level alone is the forecast. The range is the forecast
/// widened by the larger of the past errors that four in five past forecasts stayed within.
package struct Forecast: Equatable, Sendable {
    /// The week forecast.
    package let week: ISOWeek
    package let count: Int
    package let low: Int
    package let high: Int
    /// Mean absolute error of the same method's forecasts of the past weeks, as a fraction of what
    /// happened (0.12 = off by 12% on average); nil when fewer than `minimumTrack` could be made.
    package let meanError: Double?
    /// How many past weeks `meanError` is measured on.
    package let trackWeeks: Int
    /// True when earlier years shaped the forecast (the season), not the recent level alone.
    package let seasonal: Bool

    static let levelWeeks = 4
    static let track = 12
    static let minimumTrack = 4
    /// The band used before any track record exists: wide on purpose.
    static let untriedBand = 0.25

    /// The forecast of the week after `week`, from weekly totals (`count` returns nil where no figure
    /// is recorded), or nil without enough recent figures to have a level.
    package static func next(after week: ISOWeek, years: Int = 3, count: (ISOWeek) -> Int?) -> Forecast? {
        let target = week.next
        guard let point = estimate(target, years: years, count: count) else { return nil }
        var errors: [Double] = []
        var errorsTried = 0
        var past = week
        // The same method on each of the past weeks, seeing only what came before that week.
        for _ in 0..<track {
            defer { past = past.previous }
            guard let actual = count(past), actual > 0,
                let guess = estimate(past, years: years, count: count)
            else { continue }
            errorsTried += 1
            errors.append(abs(guess.value - Double(actual)) / Double(actual))
        }
        let mean = errors.count >= minimumTrack ? errors.reduce(0, +) / Double(errors.count) : nil
        let band = errors.count >= minimumTrack ? nearestRank(errors, 0.8) : untriedBand
        let value = point.value
        return Forecast(
            week: target, count: rounded(value), low: rounded(max(0, value * (1 - band))),
            high: rounded(value * (1 + band)), meanError: mean, trackWeeks: errorsTried, seasonal: point.seasonal)
    }

    /// The forecast of `target` from the weeks before it (and earlier years), or nil without a level.
    static func estimate(_ target: ISOWeek, years: Int, count: (ISOWeek) -> Int?) -> (value: Double, seasonal: Bool)? {
        guard let level = mean(weeksBefore: target, count: count) else { return nil }
        var ratios: [Double] = []
        for back in 1...max(1, years) {
            let y = target.year - back
            guard let same = ISOWeek(year: y, week: min(target.week, ISOWeek.weeksIn(year: y))),
                let then = count(same), let before = mean(weeksBefore: same, count: count), before > 0
            else { continue }
            ratios.append(Double(then) / before)
        }
        guard !ratios.isEmpty else { return (level, false) }
        return (level * ratios.reduce(0, +) / Double(ratios.count), true)
    }

    /// The mean of the recorded figures among the `levelWeeks` weeks before `week`; nil if none.
    private static func mean(weeksBefore week: ISOWeek, count: (ISOWeek) -> Int?) -> Double? {
        var sum = 0
        var n = 0
        var w = week.previous
        for _ in 0..<levelWeeks {
            if let c = count(w) {
                sum += c
                n += 1
            }
            w = w.previous
        }
        return n == 0 ? nil : Double(sum) / Double(n)
    }

    /// The value that `share` of `values` are at or below (nearest rank).
    private static func nearestRank(_ values: [Double], _ share: Double) -> Double {
        let sorted = values.sorted()
        let rank = Int((share * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    private static func rounded(_ value: Double) -> Int {
        Int(min(Double(WeeklyCount.maxCount), value.rounded()))
    }

    /// "expected next week 5,200 (4,700–5,800); off by 6% on average over 12 weeks"
    package var sentence: String {
        var s = "expected next week \(Marks.thousands(count)) (\(Marks.thousands(low))–\(Marks.thousands(high)))"
        if let meanError {
            s += "; off by \(Int((meanError * 100).rounded()))% on average over \(trackWeeks) weeks"
        } else {
            s += "; too few past weeks to say how far to trust it"
        }
        return s
    }
}

package extension Forecast {
    /// Every week `next(after:years:)` looks at, found by asking it with a figure for every week (so
    /// every path is taken). Read them first, so the forecast sees every figure there is.
    static func weeksRead(after week: ISOWeek, years: Int) -> [ISOWeek] {
        var asked = Set<ISOWeek>()
        _ = next(after: week, years: years) { w in
            asked.insert(w)
            return 1
        }
        return asked.sorted(by: <)
    }
}
