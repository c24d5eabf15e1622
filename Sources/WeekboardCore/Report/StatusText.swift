/// `weekboard status`: the SSH glance. All four panels as compact lines that fit `width` columns.
package struct StatusText {
    package let snapshot: WeekSnapshot
    package let labelStyle: WeekLabelStyle
    package let unicode: Bool
    package let width: Int

    package init(_ snapshot: WeekSnapshot, labelStyle: WeekLabelStyle = .dotted, unicode: Bool = true, width: Int = 80)
    {
        self.snapshot = snapshot
        self.labelStyle = labelStyle
        self.unicode = unicode
        self.width = max(40, width)
    }

    package var lines: [StyledLine] {
        header + [[]] + focusAndGoals + [[]] + board + [[]] + contacts
    }

    var header: [StyledLine] {
        let s = snapshot
        var b = LineBuilder(limit: width, unicode: unicode)
        b.add(labelStyle.label(s.week, unicode: unicode), .title)
        b.add("  \(s.storeName) · \(s.personName)".replacing("·", with: unicode ? "·" : "-"), .muted)
        var lines = [b.line]
        if !s.isCurrentWeek {
            let now = ISOWeek(containing: s.today)
            lines.append([Span("(not the current week: this week is \(labelStyle.number(now)))", .badge)])
        }
        return lines
    }

    var focusAndGoals: [StyledLine] {
        let s = snapshot
        var lines: [StyledLine] = []
        var f = LineBuilder(limit: width, unicode: unicode)
        f.add("FOCUS  ", .title)
        f.add(s.mine.focus ?? "(no focus set: weekboard focus set TEXT)", s.mine.hasFocus ? .text : .muted)
        lines.append(f.line)
        var g = LineBuilder(limit: width, unicode: unicode)
        g.add("GOALS  ", .title)
        g.add(s.score.short, s.score.met == 3 ? .goalDone : .text)
        if s.streak >= 1 {
            g.add(" · ".replacing("·", with: unicode ? "·" : "-"), .muted)
            g.add("\(s.streak) positive week\(s.streak == 1 ? "" : "s") in a row", .muted)
        }
        lines.append(g.line)
        for (i, goal) in s.mine.goals.enumerated() {
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add("  ")
            if let goal {
                l.add(goal.state.mark(unicode: unicode), Marks.goalRole(goal.state))
                l.add(" \(i + 1) ", .muted)
                l.add(goal.text, goal.state == .dropped ? .muted : .text)
                if goal.state == .nearly || goal.state == .dropped { l.add(" (\(goal.state.word))", .muted) }
            } else {
                l.add(unicode ? "·" : ".", .muted)
                l.add(" \(i + 1) (empty)", .muted)
            }
            lines.append(l.line)
        }
        return lines
    }

    var board: [StyledLine] {
        var lines: [StyledLine] = []
        var title = LineBuilder(limit: width, unicode: unicode)
        title.add("BOARD", .title)
        if let day = snapshot.boardAsAt { title.add("  as at \(day.weekdayShort)", .muted) }
        if snapshot.programmes.isEmpty {
            title.add("  (no projects: weekboard project add NAME --programme P)", .muted)
        }
        lines.append(title.line)
        let today = snapshot.today
        // Names first, up to their longest, then the milestone (ColumnFit): at any width.
        let all = snapshot.programmes.flatMap(\.projects)
        func longest(_ text: (Project) -> String?) -> Int {
            all.compactMap(text).map { TextWidth.of(Sanitize.text($0)) }.max() ?? 0
        }
        let staleRoom = all.contains { $0.isStale(today: today) } ? 10 : 0
        let fit = ColumnFit.widths(
            [
                .init(want: longest(\.name) + 1, minimum: 12), .init(want: max(2, longest(\.owner)) + 1, minimum: 7),
                .init(want: longest { $0.milestone?.text }, minimum: 8),
            ], room: width - 4 - 17 - 2 - 7 - staleRoom, leading: 2)
        for programme in snapshot.programmes {
            var p = LineBuilder(limit: width, unicode: unicode)
            p.add("  ")
            p.add(programme.name, .header)
            p.add("  ")
            p.add(programme.status.tag(unicode: unicode), Role.status(programme.status))
            lines.append(p.line)
            for project in programme.projects {
                // Fixed columns keep the board scannable; only the milestone text gives way.
                var l = LineBuilder(limit: width, unicode: unicode)
                l.add("    ")
                l.add(project.status.tag(unicode: unicode), Role.status(project.status), width: 17)
                l.add(project.trend.arrow(unicode: unicode), Marks.trendRole(project.trend), width: 2)
                l.add(project.name, .text, width: fit[0])
                l.add(project.owner ?? "-", .muted, width: fit[1])
                let due = project.milestone?.due
                l.add(due.map { Self.shortDate($0) } ?? "", due.map { $0 < today } == true ? .error : .muted, width: 7)
                let stale = project.isStale(today: today) ? "STALE \(project.daysSinceUpdate(today: today))d" : ""
                let room = width - l.used - (stale.isEmpty ? 0 : stale.count + 1)
                if let m = project.milestone, room > 3 { l.add(m.text, .text, width: room) }
                if !stale.isEmpty { l.add(" " + stale, .error) }
                lines.append(l.line)
            }
        }
        return lines
    }

    var contacts: [StyledLine] {
        var lines: [StyledLine] = []
        var title = LineBuilder(limit: width, unicode: unicode)
        title.add("CONTACTS", .title)
        title.add(
            snapshot.contacts.isEmpty
                ? "  (no figures: weekboard calls record SERVICE COUNT)"
                : "  this week against normal for this time of year", .muted)
        lines.append(title.line)
        // The service column as wide as the longest name (the figures after it line up), within the width.
        let service = min(
            max(8, (snapshot.contacts.map { TextWidth.of(Sanitize.text($0.service)) }.max() ?? 0) + 1),
            max(8, width - 2 - 42))
        for row in snapshot.contacts {
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add("  ")
            l.add(row.service, .text, width: service)
            // Figures right-aligned so their digits line up down the column.
            l.add((row.count.map(Marks.thousands) ?? "-").leftPadded(6, with: " "), .text, width: 7)
            l.add(" normal ", .muted)
            l.add(
                (row.baseline.value.map { Marks.thousands(Int($0.rounded())) } ?? "-").leftPadded(6, with: " "), .text,
                width: 7)
            l.add(
                (row.delta.map(Baseline.percent) ?? "").leftPadded(5, with: " "), Marks.deltaRole(row.delta), width: 6)
            l.add(" ")
            l.add(row.baseline.basis.short, .muted, width: 12)
            l.add(" ")
            l.add(Marks.sparkline(row.recent, unicode: unicode), .muted)
            lines.append(l.line)
            if let stats = snapshot.repeatCallers[row.service] {
                var r = LineBuilder(limit: width, unicode: unicode)
                r.add("    ")
                r.add(stats.sentence(unicode: unicode), stats.repeatCallers > 0 ? .text : .muted)
                lines.append(r.line)
            }
            // Handled time and calling again come only from contacts imported one by one: their line is
            // left out for figures recorded by hand, which cannot have them.
            let m = row.measures
            if m.handledSeconds != nil || m.callingAgainPercent != nil {
                var r = LineBuilder(limit: width, unicode: unicode)
                r.add("    ")
                var parts: [String] = []
                if let h = m.handledSeconds { parts.append("median \(ContactMeasures.duration(h))") }
                if let a = m.abandonedPercent { parts.append("abandoned \(ContactMeasures.percent(a))") }
                if let c = m.callingAgainPercent { parts.append("calling again \(ContactMeasures.percent(c))") }
                r.add(parts.joined(separator: unicode ? " · " : " - "), .muted)
                lines.append(r.line)
            }
        }
        return lines
    }

    /// `30 Nov`: milestones are weeks away, so the year is left out.
    static func shortDate(_ day: CalendarDay) -> String {
        let c = day.components
        return "\(c.day) \(CalendarDay.monthAbbreviations[c.month - 1])"
    }
}
