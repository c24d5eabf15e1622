/// Where the line editor sits on screen for each kind of edit: in place of the item edited.
enum EditorPlacement {
    static func field(_ s: DashboardState, _ target: EditTarget) -> Rect? {
        let layout = s.layout(teamView: false)
        guard layout.mode != .tooSmall else { return nil }
        let r: Rect
        switch target {
        case .focus: r = FocusPanel.field(layout.rect(.focus), boxed: layout.boxed)
        case .goal(let n): r = GoalsPanel.field(layout.rect(.goals), slot: n, boxed: layout.boxed)
        case .raid where s.overlay == .meeting: r = TextOverlay.nameField(width: s.width, height: s.height)
        case .projectNote, .statusNote, .project, .raid:
            r = BoardPanel.field(s, rect: layout.rect(.board), boxed: layout.boxed)
        case .callsService, .callsChannel, .callsCount:
            r = ContactsPanel.field(layout.rect(.contacts), boxed: layout.boxed)
        case .note, .newNote:
            var notes = s
            notes.focused = .notes
            r = NotesPanel.field(notes, rect: layout.rect(.notes), boxed: layout.boxed, target)
        case .exportPath, .reportPath: r = TextOverlay.nameField(width: s.width, height: s.height)
        }
        return r.isEmpty ? nil : r
    }

    /// Draws the field with the text around the cursor and places the terminal cursor in it.
    static func draw(_ frame: inout Frame, _ s: DashboardState) {
        guard let session = s.editing, let r = field(s, session.target) else { return }
        var x = r.x
        var width = r.width
        if case .statusNote(_, let status) = session.target {
            let label = "\(status.letter) note: "
            guard width > TextWidth.of(label) + 4 else { return }
            x += frame.put(label, x: x, y: r.y, role: Role.status(status))
            width -= TextWidth.of(label)
        }
        if session.target.isFileName {
            let label = " Save as: "
            guard width > TextWidth.of(label) + 8 else { return }
            x += frame.put(label, x: x, y: r.y, role: .keyHint)
            width -= TextWidth.of(label) + 1
        }
        let view = session.editor.view(width: width)
        frame.fill(x: x, y: r.y, width: width, role: .selection)
        frame.put(view.text, x: x, y: r.y, role: .selection, maxWidth: width)
        frame.cursor = (x: x + view.cursorColumn, y: r.y)
    }
}
