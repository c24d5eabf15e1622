/// The team at a glance: one line per person with their three goal marks, score and focus
/// for the week shown. Full screen with `T`; a strip in the wide layout when rows are spare.
enum TeamView {
    static func draw(
        _ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, interactive: Bool, _ g: Glyphs
    ) {
        let team = s.team
        let detail = "\(g.dot) \(team.count) \(team.count == 1 ? "person" : "people")"
        let c = PanelChrome.draw(
            &frame, rect, title: "Team", detail: detail, focused: interactive, boxed: boxed, glyphs: g)
        guard !c.isEmpty else { return }
        // The longest name whole where the row has room beside the goals and score (26 cells) and a
        // little focus: the focus is cut first.
        let longest = team.map { TextWidth.of(Sanitize.text($0.name)) }.max() ?? 6
        let nameW = min(max(6, longest), max(16, c.width - 30))
        let top = interactive && c.height > team.count ? c.y + 1 : c.y
        if top > c.y {
            let titles =
                "  " + Format.pad("Person", nameW + 1) + Format.pad("Goals", 9) + "  " + Format.pad("Score", 10)
                + "  Focus"
            frame.put(titles, x: c.x, y: c.y, role: .muted, maxWidth: c.width)
        }
        let offset = interactive ? scroll(s, rows: c.maxY - top) : 0
        for (i, member) in team.dropFirst(offset).enumerated() where top + i < c.maxY {
            let y = top + i
            let selected = interactive && member.person == s.person?.person
            let me = member.person == s.snapshot?.person
            var x = c.x
            x += frame.put((me ? g.pointer : " ") + " ", x: x, y: y, role: .keyHint)
            x += frame.put(Format.pad(member.name, nameW), x: x, y: y, role: me ? .title : .text) + 1
            for goal in member.week.goals {
                x += frame.put(g.goalBox(goal?.state), x: x, y: y, role: goal?.state == .done ? .goalDone : .text)
            }
            x += frame.put("  " + Format.pad(member.score.compact, 10) + "  ", x: x, y: y, role: .muted)
            let focus = member.week.focus ?? "(no focus set)"
            frame.put(focus, x: x, y: y, role: member.week.hasFocus ? .text : .muted, maxWidth: max(0, c.maxX - x))
            if selected { frame.restyle(x: c.x, y: y, width: c.width, role: .selection) }
        }
    }

    /// First person shown, so the selected one stays in view.
    static func scroll(_ s: DashboardState, rows: Int) -> Int {
        max(0, (s.team.firstIndex { $0.person == s.person?.person } ?? 0) - rows + 1)
    }

    /// The person on screen row `y` of the full-screen team view.
    static func person(at y: Int, in rect: Rect, _ s: DashboardState) -> String? {
        let c = rect.inset(dx: 2, dy: 1)
        let team = s.team
        let top = c.height > team.count ? c.y + 1 : c.y
        let i = y - top + scroll(s, rows: c.maxY - top)
        guard y >= top, i < team.count, y < c.maxY else { return nil }
        return team[i].person
    }
}
