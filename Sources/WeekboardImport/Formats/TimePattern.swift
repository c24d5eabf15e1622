#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A mapping's `timeFormat`, e.g. `MM/dd/yyyy h:mm a`: `yyyy`, `MM`/`M`, `dd`/`d`, `HH`/`H`, `hh`/`h`, `mm`,
/// `ss`, `a` (AM/PM), anything else literal (quotes ignored, so `yyyy-MM-dd'T'HH:mm` works).
/// Text after the last field (fractions of a second, a zone) is ignored.
struct TimePattern: Sendable {
    private enum Part: Sendable {
        case number(Character, maxDigits: Int)
        case ampm
        case literal(Character)
    }

    private let parts: [Part]

    init(_ pattern: String) {
        var out: [Part] = []
        let chars = Array(pattern.filter { $0 != "'" })
        var i = 0
        while i < chars.count {
            let c = chars[i]
            var n = 1
            while i + n < chars.count, chars[i + n] == c { n += 1 }
            switch c {
            case "y": out.append(.number("y", maxDigits: 4))
            case "M", "d", "H", "h", "m", "s": out.append(.number(c, maxDigits: 2))
            case "a": out.append(.ampm)
            default:
                for _ in 0..<n { out.append(.literal(c)) }
            }
            i += n
        }
        parts = out
    }

    func parse(_ raw: String) -> ContactTime? {
        let t = Array(raw.trimmed(.whitespaces))
        var i = 0
        var values: [Character: Int] = [:]
        var pm: Bool?
        for part in parts {
            switch part {
            case .literal(let c):
                guard i < t.count, t[i] == c else { return nil }
                i += 1
            case .ampm:
                while i < t.count, t[i] == " " { i += 1 }
                guard i + 1 < t.count else { return nil }
                let word = String(t[i...i + 1]).uppercased()
                guard word == "AM" || word == "PM" else { return nil }
                pm = word == "PM"
                i += 2
            case .number(let c, let maxDigits):
                var n = 0
                var digits = 0
                while i < t.count, digits < maxDigits, let d = t[i].wholeNumberValue, t[i].isASCII {
                    n = n * 10 + d
                    digits += 1
                    i += 1
                }
                guard digits > 0 else { return nil }
                values[c] = n
            }
        }
        guard let y = values["y"], let mo = values["M"], let d = values["d"],
            let day = CalendarDay(year: y, month: mo, day: d)
        else { return nil }
        var hour = values["H"] ?? values["h"] ?? 0
        if let pm {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        let minute = values["m"] ?? 0
        let second = values["s"] ?? 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        return ContactTime(day: day, seconds: hour * 3600 + minute * 60 + min(second, 59))
    }
}
