/// The board meeting's screen: the item (what it is, the project and programme, who owns it, what the
/// board is asked, the facts), what the meeting recorded on it, and where in the agenda we are.
enum MeetingOverlay {
    static func lines(_ s: DashboardState, width: Int) -> [StyledLine] {
        guard let m = s.meeting else { return [] }
        guard let item = m.current else {
            return [[Span("Nothing for the board: no exceptions, decisions requested or red and amber projects.")]]
        }
        var out: [StyledLine] = []
        func para(_ text: String, _ role: Role = .text, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            out += TextWrap.lines(text, width: max(1, width - indent)).map { [Span(pad + $0, role)] }
        }
        para(item.title, .title)
        para("\(item.project) · \(item.programme)", .header)
        out.append([])
        para("Owner: \(item.owner ?? "not named")")
        para("Asked: \(item.asked)", .keyHint)
        out.append([])
        for d in item.detail { para(d, .text, indent: 2) }
        if let d = m.decided(item) {
            out.append([])
            para("Decided: \(d.outcome)" + (d.by.map { " (by \($0))" } ?? ""), .success)
        }
        let agreed = m.agreed(on: item.project)
        if !agreed.isEmpty {
            out.append([])
            para("Actions agreed on \(item.project):", .title)
            for a in agreed {
                para("- \(a.what) · \(a.owner)" + (a.due.map { " · due \($0.short)" } ?? ""), .text, indent: 2)
            }
        }
        return out
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, _ g: Glyphs) {
        guard let m = s.meeting else { return }
        let width = min(100, TextOverlay.content(width: s.width, height: s.height).width)
        let position = m.items.isEmpty ? "no items" : "item \(m.index + 1) of \(m.items.count)"
        let recorded =
            "\(m.decisions.count) decided \(g.dot) \(m.actions.count) action\(m.actions.count == 1 ? "" : "s")"
        TextOverlay.draw(
            &frame, lines: lines(s, width: width), scroll: 0, title: "Board meeting \(g.dot) \(s.today.long)",
            detail: "\(position) \(g.dot) \(recorded)", g)
    }

    /// The meeting's keys, for the footer.
    static let keys: [(String, String)] = [
        ("n/p", "next/previous"), ("d", "record decision"), ("a", "add action"), ("Esc", "end, write minutes"),
    ]
}
