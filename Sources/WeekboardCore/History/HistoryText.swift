/// `weekboard history` and the dashboard's `h` view: the goal strip with its legend, the streak and
/// the year so far, then each service's contacts with the baseline beneath on the same scale.
/// When `width` is too narrow for every week, the most recent weeks are kept.
package enum HistoryText {
    package static func lines(
        _ h: GoalHistory, labelStyle: WeekLabelStyle = .dotted, unicode: Bool = true, width: Int = 80
    ) -> [StyledLine] {
        let width = max(40, width)
        let indent = 2
        let fit = min(h.weeks.count, width - indent)
        let weeks = Array(h.weeks.suffix(fit))
        let dot = unicode ? "·" : "-"
        var lines: [StyledLine] = []

        var title = LineBuilder(limit: width, unicode: unicode)
        title.add("HISTORY", .title)
        title.add(
            "  \(h.personName) \(dot) \(weeks.count) week\(weeks.count == 1 ? "" : "s")"
                + " to \(labelStyle.number(h.through))",
            .muted)
        lines.append(title.line)

        var strip: StyledLine = [Span(String(repeating: " ", count: indent))]
        for w in weeks { strip.append(Span(w.cell.symbol(unicode: unicode), w.cell.role)) }
        lines.append(strip)
        if let first = weeks.first {
            let left = labelStyle.number(first.week), right = labelStyle.number(h.through)
            let gap = weeks.count - left.count - right.count
            // The first and last week under the strip's ends; just the last when both do not fit.
            let axis =
                gap >= 1
                ? left + String(repeating: " ", count: gap) + right
                : String(repeating: " ", count: max(0, weeks.count - right.count)) + right
            lines.append([Span(String(repeating: " ", count: indent) + axis, .muted)])
        }
        var legend: StyledLine = [Span(String(repeating: " ", count: indent))]
        for (i, c) in HistoryCell.allCases.enumerated() {
            if i > 0 { legend.append(Span("  ")) }
            legend.append(Span(c.symbol(unicode: unicode), c.role))
            legend.append(Span(" \(c.word)", .muted))
        }
        lines.append(legend)
        lines.append([])
        for sentence in summary(h) {
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add(String(repeating: " ", count: indent) + sentence)
            lines.append(l.line)
        }

        lines.append([])
        var contacts = LineBuilder(limit: width, unicode: unicode)
        contacts.add("CONTACTS", .title)
        contacts.add(
            h.services.isEmpty ? "  (no figures)" : "  per week; lower line: normal for the time of year, same scale",
            .muted)
        lines.append(contacts.line)
        let labelW = 9
        let sparkRoom = max(1, width - indent - labelW)
        for s in h.services {
            let counts = Array(s.counts.suffix(min(fit, sparkRoom)))
            let baselines = Array(s.baselines.suffix(min(fit, sparkRoom)))
            let scale = GoalHistory.ServiceLine(service: s.service, counts: counts, baselines: baselines).scale
            var name = LineBuilder(limit: width, unicode: unicode)
            name.add("  ")
            name.add(s.service, .header)
            if let now = s.counts.last.flatMap({ $0 }) {
                name.add("  \(Marks.thousands(now)) this week", .text)
                if let normal = s.baselines.last.flatMap({ $0 }) {
                    name.add(" \(dot) normal \(Marks.thousands(normal))", .muted)
                }
            }
            lines.append(name.line)
            lines.append([
                Span("  "), Span(pad("contacts", labelW), .muted),
                Span(Marks.sparkline(counts, unicode: unicode, scale: scale)),
            ])
            lines.append([
                Span("  "), Span(pad("normal", labelW), .muted),
                Span(Marks.sparkline(baselines, unicode: unicode, scale: scale), .muted),
            ])
            // Measures of weeks imported one by one, each on its own scale; a week without them is a gap.
            // A service whose figures were only ever recorded by hand has no such lines.
            let imported = (s.handled + s.callingAgain).contains { $0 != nil }
            for (label, values) in [("handled", s.handled), ("abandoned", s.abandoned), ("again", s.callingAgain)]
            where imported && values.contains(where: { $0 != nil }) {
                lines.append([
                    Span("  "), Span(pad(label, labelW), .muted),
                    Span(Marks.sparkline(Array(values.suffix(min(fit, sparkRoom))), unicode: unicode)),
                ])
            }
        }
        return lines.map(trimTrailing)
    }

    /// `2 positive weeks in a row.` / `Positive weeks this year: 6 of 47 (13%).` / `90% through the year.`
    package static func summary(_ h: GoalHistory) -> [String] {
        let streak =
            h.streak == 0
            ? "No positive-week streak." : "\(h.streak) positive week\(h.streak == 1 ? "" : "s") in a row."
        let share =
            """
            Positive weeks in \(h.through.year): \(h.positiveThisYear) of \(h.weeksThisYear) \
            (\(Int((h.positiveShare * 100).rounded()))%).
            """
        return ["\(streak) \(share)", "\(Int((h.yearProgress * 100).rounded()))% through the year."]
    }

    /// An ASCII label padded with spaces to `width` columns.
    static func pad(_ label: String, _ width: Int) -> String {
        label + String(repeating: " ", count: max(0, width - label.count))
    }

    static func trimTrailing(_ line: StyledLine) -> StyledLine {
        var l = line
        while let last = l.last, last.text.allSatisfy({ $0 == " " }) { l.removeLast() }
        return l
    }
}
