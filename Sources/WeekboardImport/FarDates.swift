#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Rows dated far from today: more than a week ahead, or more than ten years back. The store takes
/// any date from 1900 to 9999, but an export dated 9999-12-31 is a clock or a column gone wrong, so
/// such a row is rejected (with the others' rules: nothing imported, or `--skip-bad`) unless the
/// person says it is right (`--any-date`).
package enum FarDates {
    static let daysAhead = 7
    static let yearsBack = 10

    /// How `day` is far from `today` ("more than a week ahead"), nil when it is not.
    static func distance(_ day: CalendarDay, today: CalendarDay) -> String? {
        if day > today.adding(days: daysAhead) { return "more than a week ahead" }
        if day < today.adding(days: -yearsBack * 366) { return "more than ten years back" }
        return nil
    }

    static func reject(_ parsed: inout ParsedCalls, today: CalendarDay) {
        func far(_ day: CalendarDay) -> Bool { distance(day, today: today) != nil }
        func reason(_ day: CalendarDay) -> String {
            "dated \(day.iso), \(distance(day, today: today) ?? ""): pass --any-date if that is right"
        }
        var rejects: [RejectedRow] = []
        parsed.contacts.removeAll { c in
            guard far(c.time.day) else { return false }
            rejects.append(RejectedRow(line: c.line, reason: reason(c.time.day)))
            return true
        }
        parsed.totals.removeAll { t in
            guard far(t.week.monday) else { return false }
            rejects.append(RejectedRow(line: t.line, reason: reason(t.week.monday)))
            return true
        }
        guard !rejects.isEmpty else { return }
        parsed.rejects = (parsed.rejects + rejects).sorted { $0.line < $1.line }
    }
}
