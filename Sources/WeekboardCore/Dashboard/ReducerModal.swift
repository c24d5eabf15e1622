/// The reducer's modes that take over the keyboard: the line editor, the help overlay, the
/// status picker, and the mouse.
extension Dashboard {
    static func reduceEditing(_ s: inout DashboardState, _ key: Key, _ effects: inout [Effect]) {
        guard var session = s.editing else { return }
        if case .mouse = key { return }  // a stray click must not lose or save an edit
        switch session.editor.handle(key) {
        case .edited, .ignored:
            session.editor.keepVisible(width: EditorPlacement.field(s, session.target)?.width ?? 40)
            s.editing = session
        case .cancel:
            s.editing = nil
            s.message = Message("Edit cancelled: nothing was saved.")
        case .commit(let text):
            commit(session, text, &s, &effects)
        }
    }

    /// Enter in the editor. Text the store would refuse keeps the editor open with the reason,
    /// so what was typed is not lost; unchanged text writes nothing.
    static func commit(_ session: EditSession, _ text: String, _ s: inout DashboardState, _ effects: inout [Effect]) {
        let action: Action
        switch session.target {
        case .exportPath:
            commitExport(text, &s, &effects)
            return
        case .statusNote(let project, let status):
            let note = text.trimmingCharacters(in: .whitespaces)
            action = .setProjectStatus(name: project, status: status, note: note.isEmpty ? nil : note)
        case .focus, .goal, .projectNote:
            let what: String
            switch session.target {
            case .focus: what = "focus"
            case .goal(let n): what = "goal \(n)"
            default: what = "note"
            }
            let clean: String
            do { clean = try TextRules.line(text, what: what, max: session.editor.maxLength) } catch {
                s.message = Message("\(error): Esc cancels", .error)
                return
            }
            if clean == session.original.trimmingCharacters(in: .whitespacesAndNewlines) {
                s.editing = nil
                s.message = Message("No change.")
                return
            }
            switch session.target {
            case .focus: action = .setFocus(clean)
            case .goal(let n): action = .setGoal(slot: n, text: clean)
            case .projectNote(let p): action = .setProjectNote(name: p, note: clean)
            case .statusNote, .exportPath: return
            }
        }
        let before = s.editing
        s.editing = nil
        effects.append(.perform(action, week: s.week, restoring: before))
    }

    static func reduceHelp(_ s: inout DashboardState, _ key: Key, scroll: Int, _ effects: inout [Effect]) {
        let page = max(1, s.height - 6)
        let limit = HelpOverlay.maxScroll(s)
        switch key {
        case .char("j"), .down: s.overlay = .help(scroll: min(limit, scroll + 1))
        case .char("k"), .up: s.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .char(" "): s.overlay = .help(scroll: min(limit, scroll + page))
        case .pageUp: s.overlay = .help(scroll: max(0, scroll - page))
        case .ctrl("c"): effects.append(.quit)
        case .mouse(_, _, .wheelDown): s.overlay = .help(scroll: min(limit, scroll + 3))
        case .mouse(_, _, .wheelUp): s.overlay = .help(scroll: max(0, scroll - 3))
        default: s.overlay = nil  // any other key (Esc, q, ?) closes help
        }
    }

    static func reducePicker(_ s: inout DashboardState, _ key: Key, project: String, index: Int) {
        let all = RAGStatus.allCases
        func pick(_ i: Int) {
            s.overlay = nil
            s.editing = EditSession(target: .statusNote(project: project, status: all[i]), text: "", maxLength: TextRules.maxNote)
        }
        switch key {
        case .char("j"), .down, .mouse(_, _, .wheelDown): s.overlay = .statusPicker(project: project, index: min(all.count - 1, index + 1))
        case .char("k"), .up, .mouse(_, _, .wheelUp): s.overlay = .statusPicker(project: project, index: max(0, index - 1))
        case .enter: pick(index)
        case .char(let c) where StatusPicker.shortcut(c) != nil: pick(StatusPicker.shortcut(c)!)
        case .mouse(let x, let y, .press):
            if let i = StatusPicker.row(at: x, y, s) { pick(i) } else { s.overlay = nil }
        case .escape, .ctrl("c"), .char("q"):  // a modal list: q closes it rather than the app
            s.overlay = nil
            s.message = Message("Status not changed.")
        default: s.overlay = .statusPicker(project: project, index: index)
        }
    }

    /// Click a panel to focus it (and select the row under the pointer); click a goal's box to
    /// tick it; the wheel moves the selection of the panel under the pointer.
    static func reduceMouse(_ s: inout DashboardState, x: Int, y: Int, _ event: MouseEvent, _ effects: inout [Effect]) {
        let layout = s.layout
        if s.teamView {
            if event == .wheelDown { move(&s, by: 1) }
            if event == .wheelUp { move(&s, by: -1) }
            if event == .press, let team = layout.team, let p = TeamView.person(at: y, in: team, s) { s.selectedPerson = p }
            return
        }
        guard let panel = Panel.allCases.first(where: { layout.rect($0).contains(x: x, y: y) }) else { return }
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
                if let name = BoardPanel.project(atY: y, s, rect: rect, boxed: layout.boxed) { s.selectedProject = name }
            case .contacts:
                if let name = ContactsPanel.service(atY: y, s, rect: rect, boxed: layout.boxed) { s.selectedService = name }
            case .focus: break
            }
        }
    }
}
