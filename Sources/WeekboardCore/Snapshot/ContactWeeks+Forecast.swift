package extension ContactWeeks {
    /// Next week's forecast for each of `services` after `week`. Reads every week a forecast looks at
    /// first (about seventy small files with three earlier years), so it is made where it is shown
    /// (`status --json`, the weeknote, the contacts export), not for every glance.
    func forecasts(after week: ISOWeek, services: some Sequence<String>, years: Int) throws -> [String: Forecast] {
        for w in Forecast.weeksRead(after: week, years: years) { _ = try self.week(w) }
        var out: [String: Forecast] = [:]
        for name in services {
            out[name] = Forecast.next(after: week, years: years) { self.total(name, $0) }
        }
        return out
    }
}
