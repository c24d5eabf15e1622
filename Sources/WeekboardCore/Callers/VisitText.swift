#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One visit as stored (`CallerService.visits`): `<contact key> <time> <token>[ <source>]`.
package enum VisitText {
    package static func parse(_ v: String) -> (seconds: Int, token: String, source: String?)? {
        let parts = v.split(separator: " ", maxSplits: 3)
        guard parts.count >= 3, let t = seconds(parts[1]) else { return nil }
        return (t, String(parts[2]), parts.count > 3 ? String(parts[3]) : nil)
    }

    /// `2026-11-23T09:15:00` as seconds since the epoch.
    package static func seconds(_ s: Substring) -> Int? {
        guard s.count == 19, let day = CalendarDay.parse(String(s.prefix(10))) else { return nil }
        let clock = s.suffix(8).split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return day.daysSinceEpoch * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }
}
