/// What a service's week says beyond how many contacted it: how long conversations took, how many
/// gave up before an answer and how many were calling again. Each is nil where the week cannot have
/// it (a figure recorded as a total has no handled time): shown as absent, never as zero.
package struct ContactMeasures: Equatable, Sendable {
    /// The median handled time, in seconds.
    package var handledSeconds: Double?
    /// Abandoned contacts as a percentage of those answered or abandoned.
    package var abandonedPercent: Double?
    /// Contacts from a caller who had contacted the service in the 7 days before, as a percentage of
    /// the contacts whose caller is known.
    package var callingAgainPercent: Double?

    package init(handledSeconds: Double? = nil, abandonedPercent: Double? = nil, callingAgainPercent: Double? = nil) {
        self.handledSeconds = handledSeconds
        self.abandonedPercent = abandonedPercent
        self.callingAgainPercent = callingAgainPercent
    }

    /// The measures one week's figure holds.
    package init(_ c: WeeklyCount) {
        handledSeconds = c.handledMedian.map(Double.init)
        if let abandoned = c.abandoned, let answered = c.answered, abandoned + answered > 0 {
            abandonedPercent = Double(abandoned) * 100 / Double(abandoned + answered)
        }
        if let again = c.callingAgain, let known = c.identified, known > 0 {
            callingAgainPercent = Double(again) * 100 / Double(known)
        }
    }

    package var isEmpty: Bool { handledSeconds == nil && abandonedPercent == nil && callingAgainPercent == nil }

    /// Normal for the time of year, measure by measure, as contacts are (`Baseline`): the mean of the
    /// same week in earlier years, else of the weeks before. `figure` gives a week's figure, or nil.
    package static func normal(week: ISOWeek, years: Int, figure: (ISOWeek) -> WeeklyCount?) -> ContactMeasures {
        // Baseline works on whole numbers: tenths keep a percentage's one decimal place.
        func normal(_ value: (ContactMeasures) -> Double?) -> Double? {
            Baseline.compute(week: week, years: years) { w in
                figure(w).flatMap { value(ContactMeasures($0)) }.map { Int(($0 * 10).rounded()) }
            }.value.map { $0 / 10 }
        }
        return ContactMeasures(
            handledSeconds: normal(\.handledSeconds), abandonedPercent: normal(\.abandonedPercent),
            callingAgainPercent: normal(\.callingAgainPercent))
    }

    /// `6 min 10 s`, `45 s`, `1 h 2 min`: a duration as a person says it.
    package static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return s % 60 == 0 ? "\(s / 60) min" : "\(s / 60) min \(s % 60) s" }
        let m = (s % 3600) / 60
        return m == 0 ? "\(s / 3600) h" : "\(s / 3600) h \(m) min"
    }

    /// `4.1%`: one decimal place, dropped when it is nought.
    package static func percent(_ p: Double) -> String {
        let tenths = Int((p * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
