#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a user may type where a date is asked for (`--due`, `--since`): a date (`2026-12-04`,
/// `04/12/2026`), `today`, `tomorrow`, a weekday (`fri`: the next Friday, today included; `next fri`:
/// Friday of next week), an offset from today (`+2w`, `+10d`, `-1w`), or a day and month (`15 Dec`,
/// `15 December`, `15 Dec 2027`; without a year, the one that puts it nearest today).
package enum DateSpec {
    package struct Invalid: Error, CustomStringConvertible {
        package let input: String
        package var description: String {
            "invalid date '\(Sanitize.text(input))': use 2026-12-04, 04/12/2026 (years 1900 to 9999), today, "
                + "tomorrow, fri, next fri, +2w, +10d or 15 Dec"
        }
    }

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    package static func parse(_ raw: String, today: CalendarDay) throws -> CalendarDay {
        let day = try relative(raw, today: today)
        // Only dates the store can hold: an offset of a million weeks is not one.
        guard CalendarDay.years.contains(day.components.year) else { throw Invalid(input: raw) }
        return day
    }

    static func relative(_ raw: String, today: CalendarDay) throws -> CalendarDay {
        let text = raw.trimmed(.whitespaces).lowercased()
        if let day = CalendarDay.parse(text) { return day }
        switch text {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let offset = offset(text) { return today.adding(days: offset) }
        let words = text.split(separator: " ")
        if let day = dayAndMonth(words.map(String.init), today: today) { return day }
        let next = words.count == 2 && words[0] == "next"
        if let name = words.last, words.count == (next ? 2 : 1), let wd = weekday(String(name)) {
            if next { return ISOWeek(containing: today).next.monday.adding(days: wd - 1) }
            return today.adding(days: (wd - today.isoWeekday + 7) % 7)
        }
        throw Invalid(input: raw)
    }

    /// `15 dec`, `15 december`, `15 dec 2027`. Without a year: of the same day last year, this year
    /// and next, the one nearest today (a due date in early January typed in December is next year's).
    static func dayAndMonth(_ words: [String], today: CalendarDay) -> CalendarDay? {
        guard words.count == 2 || words.count == 3, let d = Int(words[0]), (1...31).contains(d) else { return nil }
        let m = words[1].trimmed(.characters("."))
        let names = CalendarDay.monthAbbreviations.map { $0.lowercased() }
        guard m.count >= 3, let i = names.firstIndex(where: { m.hasPrefix($0) }) else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ][i]
        guard full.hasPrefix(m) || (i == 8 && m == "sept") else { return nil }
        if words.count == 3 {
            guard let y = Int(words[2]) else { return nil }
            return CalendarDay(year: y, month: i + 1, day: d)
        }
        let year = today.components.year
        let candidates = [year - 1, year, year + 1].compactMap { CalendarDay(year: $0, month: i + 1, day: d) }
        return candidates.min { abs($0 - today) < abs($1 - today) }
    }

    /// `fri`, `friday`, `Fri.` → 5 (ISO: Monday is 1).
    static func weekday(_ word: String) -> Int? {
        let w = word.trimmed(.characters("."))
        guard w.count >= 3, let i = weekdays.firstIndex(where: { w.hasPrefix($0) }) else { return nil }
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][i]
        return full.hasPrefix(w) ? i + 1 : nil
    }

    /// The largest offset in days: years 1900 to 9999 are about 2.95 million days apart, so any
    /// larger offset lands outside them (and would overflow the day arithmetic long before).
    static let maxOffsetDays = 3_000_000

    /// `+2w` → 14, `-3d` → -3, `2w` → 14. An offset beyond `maxOffsetDays` is no date (an invalid
    /// date error), never an overflow.
    static func offset(_ text: String) -> Int? {
        guard let unit = text.last, unit == "d" || unit == "w" else { return nil }
        let number = text.dropLast()
        guard let n = Int(number.hasPrefix("+") ? String(number.dropFirst()) : String(number)) else { return nil }
        let days = unit == "w" ? n.multipliedReportingOverflow(by: 7) : (partialValue: n, overflow: false)
        guard !days.overflow, days.partialValue.magnitude <= maxOffsetDays else { return nil }
        return days.partialValue
    }
}
