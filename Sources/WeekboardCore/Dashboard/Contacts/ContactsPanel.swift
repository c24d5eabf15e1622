/// The contact centre: per service, this week's count, what is normal for this time of year,
/// the change in percent, how "normal" was worked out, and the last 12 weeks as a sparkline.
/// Narrow panels drop the sparkline, then the basis, before cutting names.
enum ContactsPanel {
    struct Columns {
        var name: Int
        let count = 7, normal = 7, delta = 5
        var basis: Int
        var spark: Int

        /// `longest`: the widest service name. Names come first: the sparkline, then the basis, give
        /// way before a name is cut; room left over stays at the right, not in the name column.
        init(width: Int, sparkWeeks: Int, longest: Int) {
            let core = 7 + 1 + 7 + 1 + 5
            let want = max(7, longest)
            basis = 10
            spark = sparkWeeks
            if width - core - 1 - want - (basis + 1) - (spark + 1) < 0 { spark = 0 }
            if width - core - 1 - min(want, 12) - (basis + 1) < 0 { basis = 0 }
            let room = width - core - 1 - (basis > 0 ? basis + 1 : 0) - (spark > 0 ? spark + 1 : 0)
            name = max(0, min(want, room))
        }
    }

    static func content(_ rect: Rect, boxed: Bool) -> Rect {
        boxed
            ? rect.inset(dx: 2, dy: 1)
            : Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// Rows start one line down when there is room for column titles.
    static func rowsTop(_ c: Rect, services: Int) -> Int { c.height > services ? c.y + 1 : c.y }

    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let focused = s.focused == .contacts
        let rows = s.services
        let detail =
            "\(g.dot) week \(s.week.week)" + (rect.width >= 70 ? " vs normal for the time of year" : " vs normal")
        let c = PanelChrome.draw(
            &frame, rect, title: Panel.contacts.title, detail: detail, focused: focused, boxed: boxed, glyphs: g)
        guard !c.isEmpty else { return }
        guard !rows.isEmpty else {
            frame.put(
                "No contact figures yet: weekboard calls record SERVICE COUNT", x: c.x, y: c.y, role: .muted,
                maxWidth: c.width)
            return
        }
        let cols = Columns(
            width: c.width, sparkWeeks: rows.first?.recent.count ?? 12,
            longest: rows.map { TextWidth.of(Sanitize.text($0.service)) }.max() ?? 0)
        let top = rowsTop(c, services: rows.count)
        if top > c.y {
            line(
                &frame, c, y: c.y, cols, ["Service", "This wk", "Normal", "Chg", "Basis", "Last \(cols.spark) wks"],
                roles: Array(repeating: .muted, count: 6), selected: false)
        }
        let selected = s.service?.service
        for (i, row) in rows.enumerated() where top + i < c.maxY {
            let delta = row.delta
            let deltaRole: Role = delta.map { $0 > 0.005 ? .deltaUp : ($0 < -0.005 ? .deltaDown : .text) } ?? .muted
            let texts = [
                row.service,
                row.count.map(Format.count) ?? "—",
                row.baseline.value.map { Format.count(Int($0.rounded())) } ?? "—",
                delta.map(Baseline.percent) ?? "—",
                row.baseline.basis.short,
                g.sparkline(row.recent),
            ].map { g.unicode ? $0 : $0.replacing("—", with: "-") }
            line(
                &frame, c, y: top + i, cols, texts, roles: [.text, .text, .muted, deltaRole, .muted, .text],
                selected: focused && row.service == selected)
        }
        var y = top + rows.count
        if y < c.maxY, rows.contains(where: { $0.channels != nil }) {
            drawChannels(&frame, x: c.x, y: y, width: c.width, s, g)
            y += 1
        }
        if y < c.maxY, s.snapshot?.repeatCallers.isEmpty == false {
            drawRepeatCallers(&frame, x: c.x, y: y, width: c.width, s, g)
            y += 1
        }
        if y < c.maxY, hasMeasures(s) { drawMeasures(&frame, x: c.x, y: y, width: c.width, s, g) }
    }

    /// True when a service's week was imported one by one (handled time or calling again to show).
    static func hasMeasures(_ s: DashboardState) -> Bool {
        s.services.contains { $0.measures.handledSeconds != nil || $0.measures.callingAgainPercent != nil }
    }

    /// The selected service's measures this week: median handled time, abandoned and calling again.
    static func drawMeasures(_ frame: inout Frame, x: Int, y: Int, width: Int, _ s: DashboardState, _ g: Glyphs) {
        let chosen = s.selectedService.flatMap { name in s.services.first { $0.service == name } }
        let measured = { (r: ContactRow) in r.measures.handledSeconds != nil || r.measures.callingAgainPercent != nil }
        guard let row = chosen ?? s.services.first(where: measured) else { return }
        let used = frame.put("\(row.service): ", x: x, y: y, role: .title, maxWidth: width)
        let m = row.measures
        // Each with its last weeks as a sparkline (a gap where a week was recorded as a total).
        func trend(_ value: (ContactMeasures) -> Double?) -> String {
            // From the first week that has the measure: weeks before any import would only be blank.
            let values = Array(
                row.recentMeasures.map { $0.flatMap(value).map { Int(($0 * 10).rounded()) } }.drop { $0 == nil })
            return values.compactMap { $0 }.count > 1 ? " " + g.sparkline(values) : ""
        }
        var parts: [String] = []
        if let h = m.handledSeconds { parts.append("median \(ContactMeasures.duration(h))" + trend(\.handledSeconds)) }
        if let a = m.abandonedPercent {
            parts.append("abandoned \(ContactMeasures.percent(a))" + trend(\.abandonedPercent))
        }
        if let c = m.callingAgainPercent {
            parts.append("calling again \(ContactMeasures.percent(c))" + trend(\.callingAgainPercent))
        }
        let text = measured(row) ? parts.joined(separator: " \(g.dot) ") : "recorded as a total: no handled time"
        frame.put(text, x: x + used, y: y, role: measured(row) ? .text : .muted, maxWidth: width - used)
    }

    /// Lines under the table: the selected service's channels (when the week has any recorded by
    /// channel), its repeat callers and its measures (when it has per-contact imports).
    static func detailLines(_ s: DashboardState) -> Int {
        (s.services.contains { $0.channels != nil } ? 1 : 0) + (s.snapshot?.repeatCallers.isEmpty == false ? 1 : 0)
            + (hasMeasures(s) ? 1 : 0)
    }

    /// The selected service's contacts this week by channel, busiest first; recorded totals are marked
    /// in a week that also has imported contacts.
    static func drawChannels(_ frame: inout Frame, x: Int, y: Int, width: Int, _ s: DashboardState, _ g: Glyphs) {
        // Until a service is chosen, the first one recorded by channel.
        let chosen = s.selectedService.flatMap { name in s.services.first { $0.service == name } }
        guard let row = chosen ?? s.services.first(where: { $0.channels != nil }) else { return }
        let used = frame.put("\(row.service) by channel: ", x: x, y: y, role: .title, maxWidth: width)
        if let text = row.channelText(separator: " \(g.dot) ") {
            frame.put(text, x: x + used, y: y, role: .text, maxWidth: width - used)
        } else {
            frame.put("none recorded this week", x: x + used, y: y, role: .muted, maxWidth: width - used)
        }
    }

    /// Under the table, when the week has per-contact imports: the selected service's repeat
    /// callers in one line (`j`/`k` in the panel choose the service).
    static func drawRepeatCallers(_ frame: inout Frame, x: Int, y: Int, width: Int, _ s: DashboardState, _ g: Glyphs) {
        guard let all = s.snapshot?.repeatCallers, !all.isEmpty else { return }
        // Until a service is chosen, the first one that has figures rather than one that cannot.
        let chosen = s.selectedService.flatMap { name in s.services.first { $0.service == name } }
        guard let service = (chosen ?? s.services.first { all[$0.service] != nil })?.service else { return }
        let used = frame.put("\(service): ", x: x, y: y, role: .title, maxWidth: width)
        if let stats = all[service] {
            frame.put(
                stats.sentence(unicode: g.unicode), x: x + used, y: y, role: stats.repeatCallers > 0 ? .text : .muted,
                maxWidth: width - used)
        } else {
            frame.put(
                "no per-contact import this week, so no repeat-caller figures", x: x + used, y: y, role: .muted,
                maxWidth: width - used)
        }
    }

    private static func line(
        _ frame: inout Frame, _ c: Rect, y: Int, _ cols: Columns, _ texts: [String], roles: [Role], selected: Bool
    ) {
        var x = c.x
        let widths = [cols.name, cols.count, cols.normal, cols.delta, cols.basis, cols.spark]
        for (i, w) in widths.enumerated() where w > 0 {
            let right = (1...3).contains(i)
            frame.put(Format.pad(texts[i], w, right: right), x: x, y: y, role: selected ? .selection : roles[i])
            x += w + 1
        }
        if selected { frame.restyle(x: c.x, y: y, width: min(c.width, x - c.x - 1), role: .selection) }
    }

    /// The service on screen row `y`, for mouse clicks.
    static func service(atY y: Int, _ s: DashboardState, rect: Rect, boxed: Bool) -> String? {
        let c = content(rect, boxed: boxed)
        let rows = s.services
        let i = y - rowsTop(c, services: rows.count)
        guard y < c.maxY, i >= 0, i < rows.count else { return nil }
        return rows[i].service
    }
}

extension ContactsPanel {
    /// Where `a`'s service and count are typed: the panel's first content row (its column titles).
    static func field(_ rect: Rect, boxed: Bool) -> Rect {
        let c = content(rect, boxed: boxed)
        return c.isEmpty ? .zero : Rect(x: c.x, y: c.y, width: c.width, height: 1)
    }
}
