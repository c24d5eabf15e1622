/// `L`: the journal's changes made on the week shown, newest first (the `weekboard log --week` text).
/// Read when the overlay opens, never on a tick.
enum LogOverlay {
    /// Changes shown at most: a week's worth for a busy team.
    static let limit = 200

    static func lines(_ s: DashboardState) -> [StyledLine] {
        guard let entries = s.log else { return [] }
        let width = TextOverlay.content(width: s.width, height: s.height).width
        guard !entries.isEmpty else { return [[Span("No changes recorded for this week.", .muted)]] }
        return entries.map { [Span(JournalText.line($0, width: width), $0.kind == .change ? .text : .muted)] }
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        TextOverlay.maxScroll(lines: lines(s).count, height: s.height, width: s.width)
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, scroll: Int, _ g: Glyphs) {
        let detail = "\(g.dot) changes made on \(s.settings.labelStyle.number(s.week))"
        guard s.log != nil else {
            TextOverlay.draw(
                &frame, lines: [[Span("Reading the log…", .muted)]], scroll: 0, title: "Log", detail: "", g)
            return
        }
        TextOverlay.draw(&frame, lines: lines(s), scroll: scroll, title: "Log", detail: detail, g)
    }
}
