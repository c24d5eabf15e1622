#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A contact's date and wall-clock time, as written in the export (any zone suffix is ignored:
/// exports are in the contact centre's local time, and the same export always writes it the same way).
struct ContactTime: Hashable, Sendable {
    let day: CalendarDay
    /// Seconds since midnight.
    let seconds: Int

    /// `2026-11-23T09:15:00`: one spelling per instant, so the same contact gives the same key
    /// whichever date format the file used.
    var canonical: String {
        // Built by hand: this runs for every row of an import, and String(format:) is slow.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return day.iso + "T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
    }

    /// `2026-11-23T09:15[:00[.123]][Z|+01:00]`, `2026-11-23 09:15`, `23/11/2026 09:15[:00]`.
    static func parse(_ raw: String) -> ContactTime? {
        let t = raw.trimmed(.whitespaces)
        let split = t.firstIndex(where: { $0 == "T" || $0 == " " }) ?? t.endIndex
        guard split < t.endIndex, let day = CalendarDay.parse(String(t[..<split])) else { return nil }
        guard let seconds = parseTime(String(t[t.index(after: split)...]).trimmed(.whitespaces)) else {
            return nil
        }
        return ContactTime(day: day, seconds: seconds)
    }

    /// `09:15`, `09:15:30`, `09:15:30.250`, each optionally followed by `Z` or an offset.
    static func parseTime(_ raw: String) -> Int? {
        var t = Substring(raw)
        if t.hasSuffix("Z") || t.hasSuffix("z") { t = t.dropLast() }
        if let sign = t.lastIndex(where: { $0 == "+" || $0 == "-" }), t.distance(from: t.startIndex, to: sign) >= 4 {
            t = t[..<sign]
        }
        if let dot = t.firstIndex(of: ".") ?? t.firstIndex(of: ",") { t = t[..<dot] }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, (0...23).contains(h), (0...59).contains(m), (0...60).contains(s) else { return nil }
        return h * 3600 + m * 60 + min(s, 59)
    }
}
