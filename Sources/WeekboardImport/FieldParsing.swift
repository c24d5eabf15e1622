#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

enum FieldParsing {
    /// `2026-W48`, `2026.48`, a date (ISO or UK, optionally with a time, as spreadsheets add),
    /// or `w/c 23/11/2026`. Words like "this" or "last" mean nothing in a file and are refused.
    static func week(_ raw: String) -> ISOWeek? {
        var t = raw.trimmed(.whitespaces)
        for prefix in ["w/c ", "wc ", "week commencing "] where t.lowercased().hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmed(.whitespaces)
        }
        guard let first = t.first, first.isNumber else { return nil }
        if let w = try? WeekSpec.parse(t, today: CalendarDay(daysSinceEpoch: 0)) { return w }
        return ContactTime.parse(t).map { ISOWeek(containing: $0.day) }
    }

    /// A whole number of contacts; thousands separators allowed (`5,500`, `5 500`).
    static func count(_ raw: String) -> Int? {
        let t = raw.filter { $0 != "," && !$0.isWhitespace }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(t), n <= maxCount else { return nil }
        return n
    }

    static let maxCount = 10_000_000

    /// Blank, `all` or `total` mean the figure is the week's total, not one channel's.
    static func isAllChannels(_ raw: String) -> Bool {
        ["", "all", "total", "all channels", "any"].contains(raw.trimmed(.whitespaces).lowercased())
    }
}
