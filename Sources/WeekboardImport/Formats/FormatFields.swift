#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Reading the values the known exports share: times, durations, flags, callers and services.
enum FormatFields {
    /// An ISO 8601 time in UTC (`2026-11-23T09:15:02Z`, `2026-11-23 09:15:02.123`) as the local time of
    /// the machine's time zone (`zone`), so a week is the contact centre's week. A time with its own
    /// offset is read at that offset.
    static func utc(_ raw: String, in zone: LocalOffsets) -> ContactTime? {
        let t = raw.trimmed(.whitespaces)
        guard let read = ContactTime.parse(t) else { return nil }
        var offset = 0
        // `+01:00` / `-0500` after the time: the stamp was local to that offset. (`Z`, the usual: none.)
        if t.utf8.last != UInt8(ascii: "Z"), let tail = t.split(separator: "T").last ?? t.split(separator: " ").last,
            let sign = tail.lastIndex(where: { $0 == "+" || $0 == "-" }),
            tail.distance(from: tail.startIndex, to: sign) >= 4
        {
            let digits = tail[tail.index(after: sign)...].filter(\.isNumber)
            if digits.count == 4, let hh = Int(digits.prefix(2)), let mm = Int(digits.suffix(2)) {
                offset = (hh * 3600 + mm * 60) * (tail[sign] == "-" ? -1 : 1)
            }
        }
        let instant = read.day.daysSinceEpoch * 86_400 + read.seconds - offset
        let local = instant + zone.offset(at: instant)
        let days = Int((Double(local) / 86_400).rounded(.down))
        return ContactTime(day: CalendarDay(daysSinceEpoch: days), seconds: local - days * 86_400)
    }

    /// `yyyy/mm/dd hh:mm:ss` (SMDR) or, with `monthFirst`, `mm/dd/yyyy` (CXone) with a time after it or in `time`.
    static func slashTime(_ date: String, time: String? = nil, monthFirst: Bool) -> ContactTime? {
        let d = date.trimmed(.whitespaces)
        let split = d.firstIndex(of: " ")
        let datePart = split.map { d[..<$0] } ?? Substring(d)
        let timeText = time ?? split.map { String(d[d.index(after: $0)...]) } ?? ""
        let parts = datePart.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let day = monthFirst ? CalendarDay(year: c, month: a, day: b) : CalendarDay(year: a, month: b, day: c)
        guard let day, let seconds = clock(timeText) else { return nil }
        return ContactTime(day: day, seconds: seconds)
    }

    /// `09:15:02`, `9:15`, or with `AM`/`PM` (`9:15:02 PM`), as seconds since midnight.
    static func clock(_ raw: String) -> Int? {
        var t = raw.trimmed(.whitespaces).uppercased()
        var pm: Bool?
        if t.hasSuffix("AM") || t.hasSuffix("PM") {
            pm = t.hasSuffix("PM")
            t = String(t.dropLast(2)).trimmed(.whitespaces)
        }
        guard var s = ContactTime.parseTime(t) else { return nil }
        if let pm {
            guard (3600..<13 * 3600).contains(s) else { return nil }
            if s >= 12 * 3600 { s -= 12 * 3600 }
            if pm { s += 12 * 3600 }
        }
        return s
    }

    /// A duration: whole or decimal seconds (`125`, `125.6`), or `h:mm:ss` / `mm:ss`. Blank: nil.
    static func seconds(_ raw: String) -> Int? {
        let t = raw.trimmed(.whitespaces)
        if t.isEmpty { return nil }
        if t.contains(":") {
            let parts = t.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
            return parts.reduce(0) { $0 * 60 + $1! }
        }
        guard let v = Double(t), v >= 0, v < 1e9 else { return nil }
        return Int(v.rounded())
    }

    /// `Y`, `Yes`, `True`, `1` → true; `N`, `No`, `False`, `0`, blank → false.
    static func flag(_ raw: String) -> Bool {
        ["y", "yes", "true", "1", "t"].contains(raw.trimmed(.whitespaces).lowercased())
    }

    /// The caller, or withheld when the field is blank or is not a number or address (then `unreadable`).
    static func caller(_ raw: String) -> (CallerID, unreadable: Bool) {
        do { return (try CallerID.normalise(raw), false) } catch { return (.withheld, true) }
    }

    /// A service name as the store keeps it, or why it cannot be one (never quoting the value).
    static func service(_ raw: String) -> Result<String, CallsParser.Bad> {
        do { return .success(try CallsParser.serviceName(raw: raw, quote: false)) } catch { return .failure(error) }
    }
}
