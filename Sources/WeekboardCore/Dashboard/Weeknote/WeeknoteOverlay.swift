/// `w`: the week's weeknote, exactly the Markdown that `s` saves (and `weekboard export
/// weeknote` prints), wrapped to the box with headings picked out.
enum WeeknoteOverlay {
    /// `weeknote-2026-W48.md`: what `s` offers first.
    static func defaultFileName(_ week: ISOWeek) -> String { "weeknote-\(week.id).md" }

    /// The Markdown of the week shown, or nil while it cannot be read.
    static func markdown(_ s: DashboardState) -> String? {
        guard let snapshot = s.snapshot, snapshot.week == s.week else { return nil }
        return Weeknote.markdown(snapshot, labelStyle: s.settings.labelStyle)
    }

    /// Screen lines at the current size: headings in the title role, list items wrapped under
    /// their own text so the Markdown's shape stays readable.
    static func lines(_ s: DashboardState) -> [StyledLine] {
        // Prose is wrapped at a readable measure however wide the terminal.
        let width = min(100, TextOverlay.content(width: s.width, height: s.height).width)
        guard let text = markdown(s), width > 4 else { return [] }
        var out: [StyledLine] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let line = String(raw)
            if line.hasPrefix("#") {
                out += TextWrap.lines(line, width: width).map { [Span($0, .title)] }
            } else if line.hasPrefix("- ") {
                let wrapped = TextWrap.lines(String(line.dropFirst(2)), width: width - 2)
                out += wrapped.enumerated().map { i, l in [Span(i == 0 ? "- " : "  ", .muted), Span(l)] }
            } else if line.isEmpty {
                out.append([])
            } else {
                out += TextWrap.lines(line, width: width).map { [Span($0)] }
            }
        }
        return out
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        TextOverlay.maxScroll(lines: lines(s).count, height: s.height, width: s.width)
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, scroll: Int, _ g: Glyphs) {
        var all = lines(s)
        if all.isEmpty { all = [[Span(s.loadError ?? "Loading…", s.loadError == nil ? .muted : .error)]] }
        let detail = "\(g.dot) the Markdown that s saves"
        TextOverlay.draw(
            &frame, lines: all, scroll: scroll, title: "Weeknote \(s.settings.labelStyle.number(s.week))",
            detail: detail, g)
    }
}
