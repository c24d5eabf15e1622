public extension StatusText {
    /// `status --team`: one line per person — goal marks, score, focus.
    var teamLines: [StyledLine] {
        var lines = header + [[]]
        // The longest name whole, when the line has room for it beside the marks and some focus.
        let longest = snapshot.team.map { TextWidth.of(Sanitize.text($0.person)) }.max() ?? 6
        // (+1: a fixed-width column keeps one cell free.)
        let nameWidth = min(max(6, longest + 1), max(16, width - 30))
        for member in snapshot.team {
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add(member.person, member.person == snapshot.person ? .title : .text, width: nameWidth)
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
