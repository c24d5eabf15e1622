#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The line editor: starting an edit in place, keys while editing, and Enter, which asks for the change.
extension Dashboard {
    static func beginEdit(_ s: inout DashboardState) {
        guard let snapshot = s.snapshot else {
            s.message = Message("Nothing to edit: the week could not be read.", .error)
            return
        }
        switch s.focused {
        case .focus:
            s.editing = EditSession(target: .focus, text: snapshot.mine.focus ?? "", maxLength: TextRules.maxLine)
        case .goals:
            let text = snapshot.mine.goals[s.goalSlot - 1]?.text ?? ""
            s.editing = EditSession(target: .goal(slot: s.goalSlot), text: text, maxLength: TextRules.maxLine)
        case .board: editProject(&s)
        case .contacts:
            s.message = Message("Press a to record this week's count for a service (or 'weekboard calls import').")
        case .notes: beginNoteEdit(&s, snapshot.mine)
        }
    }

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
        case .reportPath(let programme):
            commitReport(text, programme: programme, &s, &effects)
            return
        case .project(let form):
            commitProjectField(form, text, session, &s, &effects)
            return
        case .raid(let form):
            commitRAIDField(form, text, session, &s, &effects)
            return
        case .callsService, .callsChannel, .callsCount:
            commitCalls(session.target, text, &s, &effects)
            return
        case .statusNote(let project, let status):
            let note = text.trimmed(.whitespaces)
            action = .board(.setProjectStatus(name: project, status: status, note: note.isEmpty ? nil : note))
        case .focus, .goal, .projectNote, .note, .newNote:
            let what: String
            switch session.target {
            case .focus: what = "focus"
            case .goal(let n): what = "goal \(n)"
            default: what = "note"
            }
            let clean: String
            do { clean = try TextRules.line(text, what: what, max: session.editor.maxLength) } catch {
                s.message = Message("\(error)", .error)
                return
            }
            if clean == session.original.trimmed() {
                s.editing = nil
                s.message = Message("No change.")
                return
            }
            switch session.target {
            case .focus: action = .week(.setFocus(clean))
            // `e` corrects the words of the goal there (its state kept); an empty slot gets a new goal.
            case .goal(let n):
                action =
                    session.original.trimmed().isEmpty
                    ? .week(.setGoal(slot: n, text: clean)) : .week(.editGoal(slot: n, text: clean))
            case .projectNote(let p): action = .board(.setProjectNote(name: p, note: clean))
            case .note(let ref): action = .week(.editNote(ref.section, number: ref.index + 1, clean))
            case .newNote(let section): action = .week(.addNote(section, clean))
            case .statusNote, .exportPath, .reportPath, .project, .raid, .callsService, .callsChannel, .callsCount:
                return
            }
        }
        let before = s.editing
        s.editing = nil
        effects.append(.perform(action, week: s.week, restoring: before))
    }
}
