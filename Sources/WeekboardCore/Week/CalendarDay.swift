#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A calendar date with no time or zone: what a week, a due date or a status update is dated by.
///
/// Stored as days since 1970-01-01 so that arithmetic and ISO-week maths are plain integers,
/// the same on every machine and in every time zone.
package struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let daysSinceEpoch: Int

    package init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// Returns nil for impossible dates such as 2026-02-30.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.daysSinceEpoch = CalendarDay.days(fromYear: year, month: month, day: day)
    }

    /// The local calendar date of an instant (TZ, else the system's zone).
    package init(_ date: Date) {
        let t = LocalTime(date)
        self.daysSinceEpoch = CalendarDay.days(fromYear: t.year, month: t.month, day: t.day)
    }

    package var components: (year: Int, month: Int, day: Int) {
        // Civil-from-days (proleptic Gregorian), shifted so the era starts on 1 March.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    package var year: Int { components.year }

    /// Monday = 1 … Sunday = 7 (ISO 8601). 1970-01-01 was a Thursday.
    package var isoWeekday: Int { ((daysSinceEpoch % 7 + 7 + 3) % 7) + 1 }

    package func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    package static func - (lhs: CalendarDay, rhs: CalendarDay) -> Int { lhs.daysSinceEpoch - rhs.daysSinceEpoch }
    package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// `2026-11-24`
    package var iso: String {
        let c = components
        return "\(c.year.zeroPadded(4))-\(c.month.zeroPadded(2))-\(c.day.zeroPadded(2))"
    }

    package var description: String { iso }

    /// `23 Nov 2026`
    package var short: String {
        let c = components
        return "\(c.day) \(CalendarDay.monthAbbreviations[c.month - 1]) \(c.year)"
    }

    /// `Sun 29 Nov`
    package var weekdayShort: String {
        let c = components
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(names[isoWeekday - 1]) \(c.day) \(CalendarDay.monthAbbreviations[c.month - 1])"
    }

    /// `23 November 2026`
    package var long: String {
        let c = components
        return "\(c.day) \(CalendarDay.monthNames[c.month - 1]) \(c.year)"
    }

    /// The years weekboard reads and writes. Every date or week parsed, typed or stored, must fall
    /// in them, so nothing accepted on input can be a file or a field the reader refuses.
    package static let years = 1900...9999

    /// Parses `2026-11-24` (ISO) or `24/11/2026` (UK), years 1900 to 9999.
    package static func parse(_ text: String) -> CalendarDay? {
        guard let day = parseAnyYear(text), years.contains(day.year) else { return nil }
        return day
    }

    private static func parseAnyYear(_ text: String) -> CalendarDay? {
        // Store files hold thousands of ISO dates; reading their bytes directly skips Foundation's
        // trimming (an NSString round trip per date) on the common path.
        if let day = parseISOBytes(text) { return day }
        let t = text.trimmed(.whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            return CalendarDay(year: y, month: m, day: d)
        }
        let uk = t.split(separator: "/", omittingEmptySubsequences: false)
        if uk.count == 3, uk[2].count == 4, let d = Int(uk[0]), let m = Int(uk[1]), let y = Int(uk[2]) {
            return CalendarDay(year: y, month: m, day: d)
        }
        return nil
    }

    /// Exactly `YYYY-MM-DD` in ASCII digits, or nil (then `parse` tries the slower, laxer forms).
    static func parseISOBytes(_ text: String) -> CalendarDay? {
        text.utf8.withContiguousStorageIfAvailable(parseISO) ?? nil
    }

    /// `parseISOBytes` on bytes (a store file's, read in place by `init(json:)`).
    static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard (48...57).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let day = CalendarDay.parse(s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "'\(s)' is not a date (expected YYYY-MM-DD)")
        }
        self = day
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func days(fromYear y0: Int, month m: Int, day d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension CalendarDay: JSONReadable {
    /// `init(from:)` without `JSONDecoder` (see `JSONReadable`).
    init(json: JSONNode) throws {
        // What weekboard writes, read in place; anything else as `parse` reads it.
        if let day = json.withPlainBytes(CalendarDay.parseISO), CalendarDay.years.contains(day.year) {
            self = day
            return
        }
        let s = try json.string()
        guard let day = CalendarDay.parse(s) else { throw json.failure("'\(s)' is not a date (expected YYYY-MM-DD)") }
        self = day
    }
}
