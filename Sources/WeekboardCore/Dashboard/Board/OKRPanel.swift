/// The board panel's other view (`o`): each objective with its score and band (word and
/// shape), and its key results with progress, as `weekboard okr list` prints them.
enum OKRPanel {
    /// The OKR lines for the panel's content width. The list's own title line is left out (the
    /// panel title says it); blank separators only where the panel is boxed and has rows to spare.
    static func lines(_ s: DashboardState, width: Int, boxed: Bool) -> [StyledLine] {
        guard let set = s.okrs else {
            if let error = s.okrError { return [[Span("Cannot show the OKRs: \(error)", .error)]] }
            return [[Span("Reading the OKRs…", .muted)]]
        }
        if set.objectives.isEmpty {
            return [[Span("No OKRs yet: weekboard okr add-objective TITLE, then okr add-kr", .muted)]]
        }
        let all = OKRText.lines(set, unicode: s.settings.unicode, width: width).dropFirst()
        let body = boxed ? Array(all.drop { $0.isEmpty }) : all.filter { !$0.isEmpty }
        return body
    }

    static func content(_ s: DashboardState) -> (rect: Rect, boxed: Bool) {
        let layout = s.layout
        return (BoardPanel.content(layout.rect(.board), boxed: layout.boxed), layout.boxed)
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        let (c, boxed) = content(s)
        return max(0, lines(s, width: c.width, boxed: boxed).count - c.height)
    }

    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let c = BoardPanel.content(rect, boxed: boxed)
        let all = lines(s, width: c.width, boxed: boxed)
        let start = min(max(0, s.okrScroll), max(0, all.count - c.height))
        let n = s.okrs?.objectives.count ?? 0
        var detail = s.okrs == nil ? "" : "\(g.dot) \(n) objective\(n == 1 ? "" : "s")"
        if start > 0 { detail += " \(g.dot) more above" }
        if all.count - start > c.height { detail += " \(g.dot) more below" }
        detail += " \(g.dot) o: projects"
        _ = PanelChrome.draw(
            &frame, rect, title: "OKRs", detail: detail, focused: s.focused == .board, boxed: boxed, glyphs: g)
        for (i, line) in all.dropFirst(start).prefix(c.height).enumerated() {
            TextOverlay.put(&frame, line, x: c.x, y: c.y + i, width: c.width)
        }
    }
}
