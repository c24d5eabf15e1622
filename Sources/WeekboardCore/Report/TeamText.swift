package extension StatusText {
    /// `status --team`: one line per person — goal marks, score, focus.
    var teamLines: [StyledLine] {
        var lines = header + [[]]
        // The longest name whole (in cells: 李 is two) when the line has room for it beside the marks and
        // score (12 cells) and a few of the focus; the focus is cut first.
        let longest = snapshot.team.map { TextWidth.of(Sanitize.text($0.name)) }.max() ?? 6
        // (+1: a fixed-width column keeps one cell free.)
        let nameWidth = min(max(6, longest + 1), max(16, width - 15))
        for member in snapshot.team {
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add(member.name, member.person == snapshot.person ? .title : .text, width: nameWidth)
            l.add("  ")
            for goal in member.week.goals {
                let state = goal?.state
                l.add(state?.mark(unicode: unicode) ?? (unicode ? "·" : "."), state.map(Marks.goalRole) ?? .muted)
            }
            l.add("  \(member.score.met)/3  ", .muted)
            l.add(member.week.focus ?? "(no focus set)", member.week.hasFocus ? .text : .muted)
            lines.append(l.line)
        }
        return lines
    }
}
