package extension ContactWeeks {
    /// Each service's measures normal for the time of year in `week`. Reads the weeks a baseline looks
    /// at whole (the same week in earlier years, the weeks before), so it is made where the measures
    /// are put in words (`status --json`, the weeknote), not for every glance.
    func measureNormals(week: ISOWeek, services: some Sequence<String>, years: Int) throws -> [String: ContactMeasures]
    {
        for w in ContactWeeks.weeksRead(for: week, baselineYears: years, sparkWeeks: 0) where w != week {
            _ = try self.week(w, whole: true)
        }
        var out: [String: ContactMeasures] = [:]
        for name in services {
            out[name] = ContactMeasures.normal(week: week, years: years) { self.figure(name, $0) }
        }
        return out
    }
}

package extension WeekSnapshot {
    /// The snapshot with each contact row's measures normal filled in (`ContactWeeks.measureNormals`).
    func withMeasureNormals(store: any StoreReader, years: Int) throws -> WeekSnapshot {
        let normals = try ContactWeeks(store: store).measureNormals(
            week: week, services: contacts.map(\.service), years: years)
        var out = self
        out.contacts = contacts.map { row in
            var r = row
            r.measuresNormal = normals[row.service]
            return r
        }
        return out
    }
}
