import Foundation

/// What a user may type for `--week`: `2026-W48`, `2026.48`, a date (`2026-11-24`, `24/11/2026`),
/// or `this` / `last` / `next` relative to today.
public enum WeekSpec {
    public struct Invalid: Error, CustomStringConvertible {
        public let input: String
        public let reason: String
        public var description: String { "invalid week '\(input)': \(reason)" }
    }

    public static func parse(_ raw: String, today: CalendarDay) throws -> ISOWeek {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let current = ISOWeek(containing: today)
        switch text.lowercased() {
        case "this", "current", "now": return current
        case "last", "previous", "prev": return current.previous
        case "next": return current.next
        default: break
        }
        if let week = try weekNumberForm(text) { return week }
        if let day = CalendarDay.parse(text) { return ISOWeek(containing: day) }
        throw Invalid(input: raw, reason: "use 2026-W48, 2026.48, a date like 2026-11-24, or this/last/next")
    }

    /// `2026-W48` or `2026.48`; throws when the shape is right but the week does not exist.
    private static func weekNumberForm(_ text: String) throws -> ISOWeek? {
        var year: Int?
        var week: Int?
        let upper = text.uppercased()
        if let r = upper.range(of: "-W") {
            year = Int(upper[..<r.lowerBound])
            week = Int(upper[r.upperBound...])
        } else {
            let dot = text.split(separator: ".", omittingEmptySubsequences: false)
            if dot.count == 2, dot[0].count == 4 { year = Int(dot[0]); week = Int(dot[1]) }
        }
        guard let y = year, let w = week else { return nil }
        guard let result = ISOWeek(year: y, week: w) else {
            throw Invalid(input: text, reason: "\(y) has weeks 1 to \(ISOWeek.weeksIn(year: y))")
        }
        return result
    }
}
