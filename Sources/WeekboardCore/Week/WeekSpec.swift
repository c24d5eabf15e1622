#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a user may type for `--week`: `2026-W48`, `2026.48`, `48.2026`, a week of the nearest year
/// (`48`, `W48`), a date (`2026-11-24`, `24/11/2026`, `fri`, `+2w`), `this` / `last` / `next`, or an
/// offset in weeks (`+2`, `-1`).
package enum WeekSpec {
    package struct Invalid: Error, CustomStringConvertible {
        package let input: String
        package let reason: String
        package var description: String { "invalid week '\(input)': \(reason)" }
    }

    /// `-1`, `-12`: weeks back from now, a word the command line would otherwise read as an option
    /// (`--week -1` is joined into `--week=-1` before parsing; the SSH gate lets it through).
    package static func isBackOffset(_ word: String) -> Bool {
        let digits = word.utf8.dropFirst()
        return word.hasPrefix("-") && !digits.isEmpty && digits.count <= 4
            && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    package static func parse(_ raw: String, today: CalendarDay) throws -> ISOWeek {
        let text = raw.trimmed(.whitespaces)
        let current = ISOWeek(containing: today)
        switch text.lowercased() {
        case "this", "current", "now": return current
        case "last", "previous", "prev": return current.previous
        case "next": return current.next
        default: break
        }
        if let week = try weekNumberForm(text) { return week }
        if let n = Int(text), text.hasPrefix("+") || text.hasPrefix("-"), n.magnitude <= 520 {
            return current.adding(weeks: n)
        }
        if let week = try nearestWeek(text, today: today) { return week }
        // 1 January 1900 is a Monday and 31 December 9999 a Friday, so the week of any date parsed is in range.
        if let day = try? DateSpec.parse(text, today: today) { return ISOWeek(containing: day) }
        throw Invalid(
            input: raw,
            reason: "use 2026-W48, 2026.48, 48.2026, 48 or W48, a date like 2026-11-24 or fri (years 1900 to 9999), "
                + "this/last/next, "
                + "or +2/-1 weeks")
    }

    /// `48` or `W48`: week 48 of whichever year puts it nearest today (in January, 48 is last year's).
    private static func nearestWeek(_ text: String, today: CalendarDay) throws -> ISOWeek? {
        let digits = text.uppercased().hasPrefix("W") ? String(text.dropFirst()) : text
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ ("0"..."9").contains($0) }), let n = Int(digits)
        else { return nil }
        let year = ISOWeek(containing: today).year
        let candidates = [year - 1, year, year + 1].compactMap { ISOWeek(year: $0, week: n) }
        guard let best = candidates.min(by: { abs($0.monday - today) < abs($1.monday - today) }) else {
            throw Invalid(input: text, reason: "a year has weeks 1 to 52 or 53")
        }
        return best
    }

    /// `2026-W48` or `2026.48`, the week in two digits as week labels write it (`2026.05`: `2026.5`
    /// is refused, as it could mean week 50); throws when the shape is right but the week does not exist.
    private static func weekNumberForm(_ text: String) throws -> ISOWeek? {
        var yearText: Substring?
        var weekText: Substring?
        let upper = text.uppercased()
        if let r = upper.firstRange(of: "-W") {
            yearText = upper[..<r.lowerBound]
            weekText = upper[r.upperBound...]
        } else {
            let dot = upper.split(separator: ".", omittingEmptySubsequences: false)
            if dot.count == 2, dot[0].count == 4 { yearText = dot[0]; weekText = dot[1] }
            // 48.2026, the week label style that puts the week first.
            if dot.count == 2, dot[1].count == 4, dot[0].count <= 2 { yearText = dot[1]; weekText = dot[0] }
        }
        guard let yt = yearText, let wt = weekText, let y = Int(yt), let w = Int(wt) else { return nil }
        guard yt.count == 4, wt.count == 2 else {
            let fixed = "\(yt)\(upper.contains("-W") ? "-W" : ".")\(w.zeroPadded(2))"
            throw Invalid(
                input: text,
                reason: "write the year in four digits and the week in two, e.g. \(w <= 53 ? fixed : "2026.05")")
        }
        guard CalendarDay.years.contains(y) else {
            throw Invalid(input: text, reason: "years 1900 to 9999 only")
        }
        guard let result = ISOWeek(year: y, week: w) else {
            throw Invalid(input: text, reason: "\(y) has weeks 1 to \(ISOWeek.weeksIn(year: y))")
        }
        return result
    }
}
