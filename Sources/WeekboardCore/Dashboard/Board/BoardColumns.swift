/// Column widths for the board's project rows, worked out once per frame from the projects
/// and the room available, so every row lines up.
struct BoardColumns {
    let g: Glyphs
    let today: CalendarDay
    let tag: Int
    let name: Int
    let owner: Int
    let milestone: Int
    let due: Int
    let stale: Int
    /// Room for `stale 27d` rather than just `stale`.
    let showDays: Bool

    static let pointer = 2
    static let trend = 2

    init(_ projects: [Project], today: CalendarDay, width: Int, _ g: Glyphs) {
        self.g = g
        self.today = today
        tag = projects.map { TextWidth.of($0.status.tag(unicode: g.unicode)) }.max() ?? 0
        due = projects.compactMap { $0.milestone?.due.map { TextWidth.of(Format.day($0, today: today)) } }.max() ?? 0
        showDays = width >= 84
        stale = projects.contains { $0.isStale(today: today) } ? (showDays ? 9 : 5) : 0
        let fixed =
            BoardColumns.pointer + tag + 1 + BoardColumns.trend + (due > 0 ? due + 1 : 0) + (stale > 0 ? stale + 1 : 0)
        let rest = max(0, width - fixed)
        // Names first, up to their longest, then the milestone (ColumnFit); owner and milestone
        // leave out only when there is too little room for them to say anything.
        let hasOwner = projects.contains { $0.owner != nil } && rest >= 30
        let hasMilestone = projects.contains { $0.milestone != nil } && rest >= 20
        func longest(_ text: (Project) -> String?) -> Int {
            projects.compactMap(text).map { TextWidth.of(Sanitize.text($0)) }.max() ?? 0
        }
        let w = ColumnFit.widths(
            [
                .init(want: longest(\.name), minimum: 10),
                .init(want: hasOwner ? longest(\.owner) : 0, minimum: 6),
                .init(want: hasMilestone ? longest { $0.milestone?.text } : 0, minimum: 8),
            ], room: rest - (hasOwner ? 1 : 0) - (hasMilestone ? 1 : 0), leading: 2)
        name = w[0]
        owner = hasOwner ? w[1] : 0
        milestone = hasMilestone ? w[2] : 0
    }

    /// True when the row cuts the project's name or owner (the detail line then shows them whole).
    func cuts(_ p: Project) -> Bool {
        TextWidth.of(Sanitize.text(p.name)) > name || (owner > 0 && TextWidth.of(Sanitize.text(p.owner ?? "")) > owner)
    }

    func drawTitles(_ frame: inout Frame, _ r: Rect) {
        var x = r.x + BoardColumns.pointer
        func title(_ text: String, _ w: Int, gap: Int = 1) {
            guard w > 0 else { return }
            frame.put(text, x: x, y: r.y, role: .muted, maxWidth: min(w, r.maxX - x))
            x += w + gap
        }
        title("Status", tag)
        title("", BoardColumns.trend, gap: 0)
        title("Project", name)
        title("Owner", owner)
        title("Next milestone", milestone)
        title("Due", due)
        title("", stale)
    }

    func draw(_ frame: inout Frame, _ p: Project, x x0: Int, y: Int, selected: Bool, focused: Bool) {
        var x = x0
        let sel = selected && focused
        func cell(_ text: String, _ w: Int, _ role: Role, right: Bool = false, gap: Int = 1) {
            guard w > 0 else { return }
            frame.put(Format.pad(text, w, right: right), x: x, y: y, role: sel ? .selection : role)
            x += w + gap
        }
        cell(selected ? g.pointer : "", BoardColumns.pointer, .keyHint, gap: 0)
        cell(p.status.tag(unicode: g.unicode), tag, Role.status(p.status))
        let trend = p.trend
        cell(
            trend.arrow(unicode: g.unicode), BoardColumns.trend,
            trend == .better ? .trendUp : (trend == .worse ? .trendDown : .muted), gap: 0)
        cell(p.name, name, .text)
        cell(p.owner ?? "", owner, .muted)
        cell(p.milestone?.text ?? "", milestone, .text)
        let overdue = !p.status.isComplete && (p.milestone?.due.map { $0 < today } ?? false)
        cell(p.milestone?.due.map { Format.day($0, today: today) } ?? "", due, overdue ? .error : .muted, right: true)
        let staleText =
            p.isStale(today: today) ? (showDays ? "stale \(p.daysSinceUpdate(today: today))d" : "stale") : ""
        // Only a stale project's badge is painted; other rows leave the column plain.
        if stale > 0, !staleText.isEmpty {
            frame.put(staleText, x: x, y: y, role: sel ? .selection : .badge, maxWidth: stale)
        }
        x += stale + (stale > 0 ? 1 : 0)
        if sel { frame.restyle(x: x0, y: y, width: max(0, x - x0 - 1), role: .selection) }
    }
}
