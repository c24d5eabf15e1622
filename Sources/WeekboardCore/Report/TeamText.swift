public extension StatusText {
    /// `status --team`: one line per person — goal marks, score, focus.
    var teamLines: [StyledLine] {
        var lines = header + [[]]
        let nameWidth = min(16, max(6, snapshot.team.map { TextWidth.of($0.person) }.max() ?? 6))
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
