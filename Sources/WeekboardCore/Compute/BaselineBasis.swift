#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How "normal for this time of year" was worked out.
package enum BaselineBasis: Equatable, Sendable {
    /// Mean of the same ISO week in this many previous years.
    case sameWeek(years: Int)
    /// Mean of this many previous weeks (no earlier year on record).
    case recentWeeks(Int)
    case none

    /// `same week, 3 yrs` / `last 8 wks` / `no history`
    package var short: String {
        switch self {
        case .sameWeek(let y): return "same wk \(y)y"
        case .recentWeeks(let n): return "last \(n) wks"
        case .none: return "no history"
        }
    }

    package var sentence: String {
        switch self {
        case .sameWeek(let y): return "the same week in the previous \(y == 1 ? "year" : "\(y) years")"
        case .recentWeeks(let n): return "the previous \(n) weeks"
        case .none: return "no earlier figures"
        }
    }
}
