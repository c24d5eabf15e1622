#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An ISO-8601 week: Monday start; week 1 holds the year's first Thursday.
package struct ISOWeek: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let year: Int
    package let week: Int

    /// Returns nil for weeks that do not exist (`2026-W60`, `2026-W53`).
    package init?(year: Int, week: Int) {
        guard CalendarDay.years.contains(year), week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that holds a day.
    package init(containing day: CalendarDay) {
        let thursday = day.adding(days: 4 - day.isoWeekday)
        let y = thursday.year
        let jan1 = CalendarDay(year: y, month: 1, day: 1)!
        self.year = y
        self.week = (thursday - jan1) / 7 + 1
    }

    /// Monday of the week ("w/c").
    package var monday: CalendarDay {
        let jan4 = CalendarDay(year: year, month: 1, day: 4)!
        let week1Monday = jan4.adding(days: 1 - jan4.isoWeekday)
        return week1Monday.adding(days: (week - 1) * 7)
    }

    package var sunday: CalendarDay { monday.adding(days: 6) }

    package func adding(weeks n: Int) -> ISOWeek { ISOWeek(containing: monday.adding(days: 7 * n)) }
    package var previous: ISOWeek { adding(weeks: -1) }
    package var next: ISOWeek { adding(weeks: 1) }

    /// Whole weeks from `other` to `self`.
    package func weeks(since other: ISOWeek) -> Int { (monday - other.monday) / 7 }

    /// 53 when 28 December falls in week 53, which happens when 1 January is a Thursday,
    /// or a Wednesday in a leap year.
    package static func weeksIn(year: Int) -> Int {
        guard let jan1 = CalendarDay(year: year, month: 1, day: 1) else { return 52 }
        let wd = jan1.isoWeekday
        return (wd == 4 || (wd == 3 && CalendarDay.isLeap(year))) ? 53 : 52
    }

    /// `2026-W48`: the form used in file names and JSON.
    package var id: String { "\(year.zeroPadded(4))-W\(week.zeroPadded(2))" }
    package var description: String { id }

    package static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    package init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let w = ISOWeek.parseID(s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "'\(s)' is not an ISO week (expected YYYY-Www)")
        }
        self = w
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(id)
    }

    /// `YYYY-Www` with two digits of week, as bytes: what `parseID` accepts in that form, without a String.
    static func parseID(bytes b: UnsafeBufferPointer<UInt8>) -> ISOWeek? {
        guard b.count == 8, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "W") || b[5] == UInt8(ascii: "w")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let w = number(6..<8) else { return nil }
        return ISOWeek(year: y, week: w)
    }

    /// Parses exactly `YYYY-Www`.
    package static func parseID(_ s: String) -> ISOWeek? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]),
            parts[1].first == "W" || parts[1].first == "w", let w = Int(parts[1].dropFirst())
        else { return nil }
        return ISOWeek(year: y, week: w)
    }
}

extension Int {
    /// `7.zeroPadded(2)` is "07". Dates and week ids are built on every read; `String(format:)`
    /// would start Foundation's formatting machinery for them (a millisecond on first use).
    func zeroPadded(_ digits: Int) -> String {
        let s = String(magnitude)
        let padded = s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
        return self < 0 ? "-" + padded : padded
    }
}

extension String {
    /// Zeros in front up to `digits` characters (`"7f".leftPadded(4)` is "007f").
    func leftPadded(_ digits: Int) -> String {
        count >= digits ? self : String(repeating: "0", count: digits - count) + self
    }
}

extension ISOWeek: JSONReadable {
    /// `init(from:)` without `JSONDecoder` (see `JSONReadable`).
    init(json: JSONNode) throws {
        // `2026-W48` read in place; anything else as `parseID` reads it (and refuses it).
        if let w = json.withPlainBytes(ISOWeek.parseID(bytes:)) {
            self = w
            return
        }
        let s = try json.string()
        guard let w = ISOWeek.parseID(s) else { throw json.failure("'\(s)' is not an ISO week (expected YYYY-Www)") }
        self = w
    }
}
