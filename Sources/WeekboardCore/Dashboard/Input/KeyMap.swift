/// The dashboard's keys. The reducer dispatches through this table and the help overlay and
/// footer are printed from it, so what is documented is what happens.
enum KeyMap {
    static let bindings: [KeyBinding] = [
        KeyBinding(
            [(.char("1"), .toggleGoal(1)), (.char("2"), .toggleGoal(2)), (.char("3"), .toggleGoal(3))],
            "tick goal 1, 2 or 3 done (again: back to open)", hint: "tick", hintKeys: 3),
        KeyBinding(
            [(.char("n"), .goalNearly)], "selected goal nearly done (again: open)", .panels([.goals]), hint: "nearly"),
        KeyBinding(
            [(.char("x"), .goalDropped)], "drop the selected goal (again: open)", .panels([.goals]), hint: "drop"),
        KeyBinding(
            [(.char("e"), .edit), (.enter, .edit)], "edit the selected item in place (a project: its fields in turn)",
            .panels([.focus, .goals, .board, .notes]),
            hint: "edit"),
        KeyBinding([(.char("s"), .setStatus)], "set the selected project's status", .panels([.board]), hint: "status"),
        KeyBinding([(.char("a"), .add)], "add a project (its fields asked in turn)", .panels([.board]), hint: "add"),
        KeyBinding(
            [(.char("a"), .add)], "record this week's count for a service", .panels([.contacts]), hint: "record"),
        KeyBinding(
            [(.char("A"), .archive)], "archive the selected project (asks y/n)", .panels([.board]), hint: "archive"),
        KeyBinding(
            [
                (.char("R"), .addRAID(.risk)), (.char("I"), .addRAID(.issue)), (.char("D"), .addRAID(.decision)),
                (.char("N"), .addRAID(.action)),
            ], "add a risk, issue, decision or action to the selected project", .panels([.board]), hint: "RAID",
            hintKeys: 4),
        KeyBinding(
            [(.char("X"), .closeRAID)], "close one of its risks or issues, or mark an action done",
            .panels([.board])),
        KeyBinding([(.char("V"), .recordDecision)], "record a decision made on it", .panels([.board])),
        KeyBinding(
            [(.char("M"), .meeting)],
            "board meeting on its programme: exceptions, decisions, red and amber projects; minutes at the end",
            .panels([.board]), hint: "meeting"),
        KeyBinding([(.char("d"), .remove)], "clear the selected goal (asks y/n)", .panels([.goals])),
        KeyBinding([(.char("a"), .add)], "add an entry to the selected section", .panels([.notes]), hint: "add"),
        KeyBinding(
            [(.char("d"), .remove)], "remove the selected entry (asks y/n)", .panels([.notes]), hint: "remove"),
        KeyBinding(
            [(.char("J"), .moveItemDown), (.char("K"), .moveItemUp)], "move the selected goal down / up a slot",
            .panels([.goals])),
        KeyBinding(
            [(.char("c"), .carry)], "carry unfinished goals from an earlier week", .panels([.goals]),
            hint: "carry"),
        KeyBinding(
            [(.char("C"), .carryFromNotes)], "make goals of last week's \"next week\" notes", .panels([.goals])),
        KeyBinding(
            [(.char("o"), .toggleOKRs)], "programme board: show OKRs / projects", hint: "OKRs", hintPanels: [.board]),
        KeyBinding(
            [(.tab, .nextPanel), (.backTab, .previousPanel)], "next / previous panel", .panels(Panel.allCases),
            hint: "panel"),
        KeyBinding(
            [(.char("j"), .down), (.char("k"), .up), (.down, .down), (.up, .up)], "move within the panel",
            .panels([.goals, .board, .contacts, .notes]), hint: "move", hintKeys: 2),
        KeyBinding(
            [(.char("j"), .down), (.char("k"), .up), (.down, .down), (.up, .up)], "move through the team",
            .team, hint: "move", hintKeys: 2),
        KeyBinding([(.pageDown, .pageDown), (.pageUp, .pageUp)], "move a page", .panels([.board, .contacts])),
        KeyBinding(
            [(.char("g"), .first), (.home, .first), (.char("G"), .last), (.end, .last)], "first / last row",
            .panels([.goals, .board, .contacts])),
        KeyBinding(
            [(.char("g"), .first), (.home, .first), (.char("G"), .last), (.end, .last)], "first / last person", .team),
        KeyBinding(
            [(.char("["), .previousWeek), (.char("]"), .nextWeek)], "previous / next week", hint: "week", hintKeys: 2),
        KeyBinding([(.char("t"), .thisWeek)], "back to this week"),
        KeyBinding([(.char("T"), .team)], "team view on / off", hint: "team"),
        KeyBinding([(.escape, .closeTeam)], "leave the team view", .team, hint: "back"),
        KeyBinding([(.char("w"), .weeknote)], "preview the weeknote (s there saves it to a file)", hint: "weeknote"),
        KeyBinding([(.char("h"), .history)], "history: a year of goals, streak, contacts", hint: "history"),
        KeyBinding(
            [(.char("H"), .highlight)], "highlight report for the selected project's programme (s there saves it)",
            .panels([.board]), hint: "report"),
        KeyBinding([(.char("u"), .undo)], "undo your last change (weekboard undo in the CLI)"),
        KeyBinding([(.ctrl("r"), .redo)], "redo what undo took back"),
        KeyBinding([(.char("L"), .log)], "log: who changed what this week"),
        KeyBinding(
            [(.char("f"), .followUps)], "follow-ups: callers calling too often (t/p/d/n there set the state)",
            .panels([.contacts]), hint: "follow-ups"),
        KeyBinding([(.char("r"), .reload), (.ctrl("l"), .reload)], "reload from disk and redraw"),
        KeyBinding([(.char("S"), .sync)], "sync with the team's remote now (also every 5 min)"),
        // Hinted (pinned, at the right) only while there are conflicts: the header says so too.
        KeyBinding(
            [(.char("P"), .conflicts)], "sync conflicts: both values, who and when; pick one",
            hint: "conflicts"),
        // ? and q stay last: the footer pins the last two hints to the right.
        KeyBinding([(.char("?"), .help), (.function(1), .help)], "this help", hint: "help"),
        KeyBinding([(.char("q"), .quit), (.ctrl("c"), .quit)], "quit", hint: "quit"),
    ]

    /// The command a key runs where the user is, if any.
    static func command(for key: Key, panel: Panel, teamView: Bool) -> Command? {
        for b in bindings where b.scope.applies(panel: panel, teamView: teamView) {
            if let e = b.entries.first(where: { $0.key == key }) { return e.command }
        }
        return nil
    }

    /// `Ctrl-L`, `Shift-Tab`, `↑` (`Up` without UTF-8).
    static func name(_ key: Key, unicode: Bool = true) -> String {
        switch key {
        case .char(let c): return c == " " ? "Space" : String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .mouse: return "mouse"
        }
    }
}
