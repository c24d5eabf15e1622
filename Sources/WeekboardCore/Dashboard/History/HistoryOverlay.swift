/// `h`: the goal strip, streak, share of positive weeks and the year so far, then each
/// service's contacts over the same weeks with the baseline beneath (the `weekboard history`
/// text). The data is read when the overlay opens, never on a tick.
enum HistoryOverlay {
    /// Weeks shown: a year, so the strip reads against "N% through the year".
    static let weeks = 52

    /// The history's lines without its title line, which becomes the box's title.
    static func lines(_ s: DashboardState) -> [StyledLine] {
        guard let h = s.history else { return [] }
        let width = TextOverlay.content(width: s.width, height: s.height).width
        let all = HistoryText.lines(h, labelStyle: s.settings.labelStyle, unicode: s.settings.unicode, width: width)
        return Array(all.dropFirst())
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        TextOverlay.maxScroll(lines: lines(s).count, height: s.height, width: s.width)
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, scroll: Int, _ g: Glyphs) {
        guard let h = s.history else {
            TextOverlay.draw(
                &frame, lines: [[Span("Reading the history…", .muted)]], scroll: 0, title: "History", detail: "", g)
            return
        }
        let shown = HistoryOverlay.lines(s)
        let n = h.weeks.count
        let detail =
            "\(g.dot) \(h.personName) \(g.dot) \(n) week\(n == 1 ? "" : "s")"
            + " to \(s.settings.labelStyle.number(h.through))"
        TextOverlay.draw(&frame, lines: shown, scroll: scroll, title: "History", detail: detail, g)
    }
}
