/// The contacts export: every service's weeks against normal and next week's forecast, drawn as a
/// chart (HTML), a table (Markdown) or rows (CSV) from the same series.
package struct ContactsReport: Equatable, Sendable {
    package let week: ISOWeek
    package let produced: CalendarDay
    package let series: [ContactSeries]
    package let labelStyle: WeekLabelStyle

    package init(week: ISOWeek, produced: CalendarDay, series: [ContactSeries], labelStyle: WeekLabelStyle) {
        self.week = week
        self.produced = produced
        self.series = series
        self.labelStyle = labelStyle
    }

    package var title: String { "Contacts to \(labelStyle.number(week))" }

    /// `Repairs: 5,500 contacts in 2026-W48, 42% more than normal (3,873).`
    package static func summary(_ s: ContactSeries, labelStyle: WeekLabelStyle) -> String {
        guard let last = s.points.last else { return "" }
        guard let count = last.count else { return "No figure for \(labelStyle.number(last.week))." }
        var text = "\(Marks.thousands(count)) contacts in \(labelStyle.number(last.week))"
        if let normal = last.normal, let p = last.against {
            let normalText = Marks.thousands(Int(normal.rounded()))
            text +=
                p == 0
                ? ", as normal (\(normalText))" : ", \(abs(p))% \(p > 0 ? "more" : "fewer") than normal (\(normalText))"
        }
        return text + "."
    }

    /// `Expected next week: 5,200 (4,700 to 5,800); off by 6% on average over 12 weeks.`
    package static func forecastText(_ s: ContactSeries) -> String? {
        s.forecast.map { f in
            let trust =
                f.meanError.map { "off by \(Int(($0 * 100).rounded()))% on average over \(f.trackWeeks) weeks" }
                ?? "too few past weeks to say how far to trust it"
            return "Expected next week: \(Marks.thousands(f.count)) (\(Marks.thousands(f.low)) to "
                + "\(Marks.thousands(f.high))); \(trust)."
        }
    }
}
