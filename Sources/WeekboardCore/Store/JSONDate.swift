#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Dates in store files as `JSONDecoder`'s `.iso8601` strategy reads them. What weekboard writes,
/// `2026-11-24T10:00:00Z`, is read here directly; anything else goes to the same
/// `Date.ISO8601FormatStyle` the decoder uses, which is lenient in ways worth keeping identical
/// (fractions, offsets, `2026-02-30` rolling over, Julian dates before 1582).
enum JSONDate {
    static func parse(_ text: String) -> Date? {
        if let date = canonical(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// Exactly `YYYY-MM-DDTHH:MM:SSZ`, a real day from 1900 and a time before 24:00:00; else nil.
    static func canonical(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var n = 0
                for i in from..<(from + count) {
                    guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                    n = n * 10 + Int(b[i] - 0x30)
                }
                return n
            }
            guard let y = number(0, 4), y >= 1900, let mo = number(5, 2), let d = number(8, 2),
                let day = CalendarDay(year: y, month: mo, day: d),
                let h = number(11, 2), h < 24, let mi = number(14, 2), mi < 60, let s = number(17, 2), s < 60
            else { return nil }
            return Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 + h * 3600 + mi * 60 + s))
        }
    }
}
