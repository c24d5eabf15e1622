import WeekboardCore

/// Contacts from a caller who had already contacted the service in the 7 days before: the measure of
/// whether people need to call less often. Worked out from visits (`CallerService.visits`,
/// `<contact key> <time> <token>`), so it holds across week boundaries.
enum CallingAgain {
    static let window = 7 * 86_400

    /// How many of `visits` came from a caller with an earlier visit (in `visits` or in `earlier`, the
    /// week before's) at most 7 days before it.
    static func count(_ visits: [String], after earlier: [String]) -> Int {
        var byCaller: [Substring: [(time: Int, counted: Bool)]] = [:]
        for v in earlier { if let (t, c) = parse(v) { byCaller[c, default: []].append((t, false)) } }
        for v in visits { if let (t, c) = parse(v) { byCaller[c, default: []].append((t, true)) } }
        var again = 0
        for marks in byCaller.values where marks.count > 1 {
            let sorted = marks.sorted { $0.time < $1.time }
            for i in 1..<sorted.count where sorted[i].counted && sorted[i].time - sorted[i - 1].time <= window {
                again += 1
            }
        }
        return again
    }

    /// (seconds since the epoch, caller token) of one visit; nil for a line that is not one.
    static func parse(_ visit: String) -> (Int, Substring)? {
        let parts = visit.split(separator: " ")
        guard parts.count == 3, let time = seconds(parts[1]) else { return nil }
        return (time, parts[2])
    }

    /// `2026-11-23T09:15:00` as seconds since the epoch.
    static func seconds(_ s: Substring) -> Int? {
        guard s.count == 19, let day = CalendarDay.parse(String(s.prefix(10))) else { return nil }
        let clock = s.suffix(8).split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return day.daysSinceEpoch * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }
}
