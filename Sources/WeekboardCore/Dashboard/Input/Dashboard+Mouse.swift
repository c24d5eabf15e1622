/// The mouse (with `--mouse`).
extension Dashboard {
    /// Click a panel to focus it (and select the row under the pointer); click a goal's box to
    /// tick it; the wheel moves the selection of the panel under the pointer.
    static func reduceMouse(_ s: inout DashboardState, x: Int, y: Int, _ event: MouseEvent, _ effects: inout [Effect]) {
        let layout = s.layout
        if s.teamView {
            if event == .wheelDown { move(&s, by: 1) }
            if event == .wheelUp { move(&s, by: -1) }
            if event == .press, let team = layout.team, let p = TeamView.person(at: y, in: team, s) {
                s.selectedPerson = p
            }
            return
        }
        // The focused panel first: the notes may be drawn in the board's place.
        let hit = layout.rect(s.focused).contains(x: x, y: y) ? s.focused : nil
        guard let panel = hit ?? Panel.allCases.first(where: { layout.rect($0).contains(x: x, y: y) }) else { return }
        s.focused = panel
        switch event {
        case .wheelDown: move(&s, by: 1)
        case .wheelUp: move(&s, by: -1)
        case .press:
            let rect = layout.rect(panel)
            switch panel {
            case .goals:
                guard let hit = GoalsPanel.hit(x: x, y: y, rect: rect, boxed: layout.boxed) else { return }
                s.goalSlot = hit.slot
                if hit.onBox { run(.toggleGoal(hit.slot), &s, &effects) }
            case .board:
                guard s.boardView == .projects else { return }
                if let name = BoardPanel.project(atY: y, s, rect: rect, boxed: layout.boxed) {
                    s.selectedProject = name
                }
            case .contacts:
                if let name = ContactsPanel.service(atY: y, s, rect: rect, boxed: layout.boxed) {
                    s.selectedService = name
                }
            case .notes:
                if let ref = NotesPanel.ref(atY: y, s, rect: rect, boxed: layout.boxed) { s.selectedNote = ref }
            case .focus: break
            }
        }
    }
}
