#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How a week is named on screen and in weeknotes; chosen in the config file.
package enum WeekLabelStyle: String, Codable, Sendable, CaseIterable {
    /// `2026.48`
    case dotted = "2026.48"
    /// `48.2026`
    case weekFirst = "48.2026"
    /// `2026-W48`
    case iso = "2026-W48"

    package func number(_ w: ISOWeek) -> String {
        switch self {
        case .dotted: return "\(w.year).\(w.week.zeroPadded(2))"
        case .weekFirst: return "\(w.week.zeroPadded(2)).\(w.year)"
        case .iso: return w.id
        }
    }

    /// `Week 2026.48 · w/c 23 Nov 2026` (the separator falls back to `-` without UTF-8).
    package func label(_ w: ISOWeek, unicode: Bool = true) -> String {
        "Week \(number(w)) \(unicode ? "·" : "-") w/c \(w.monday.short)"
    }
}
