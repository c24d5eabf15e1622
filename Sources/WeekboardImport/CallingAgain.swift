import WeekboardCore

/// Contacts from a caller who had already contacted the service in the 7 days before: the measure of
/// whether people need to call less often. Worked out from visits (`CallerService.visits`,
/// `<contact key> <time> <token>`), so it holds across week boundaries.
enum CallingAgain {
    static let window = 7 * 86_400

    /// How many of `visits` came from a caller with an earlier visit (in `visits` or in `earlier`, the
    /// week before's) at most 7 days before it.
    static func count(_ visits: [String], after earlier: [String]) -> Int {
        var byCaller: [String: [(time: Int, counted: Bool)]] = [:]
        for v in earlier { if let p = VisitText.parse(v) { byCaller[p.token, default: []].append((p.seconds, false)) } }
        for v in visits { if let p = VisitText.parse(v) { byCaller[p.token, default: []].append((p.seconds, true)) } }
        var again = 0
        for marks in byCaller.values where marks.count > 1 {
            let sorted = marks.sorted { $0.time < $1.time }
            for i in 1..<sorted.count where sorted[i].counted && sorted[i].time - sorted[i - 1].time <= window {
                again += 1
            }
        }
        return again
    }
}
