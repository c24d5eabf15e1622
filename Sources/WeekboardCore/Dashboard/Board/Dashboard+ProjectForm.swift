/// The board's `a` (add a project), `e` (edit the selected one's fields) and `A` (archive it, after y/n).
extension Dashboard {
    static func addProject(_ s: inout DashboardState) {
        let form = ProjectForm.add(programme: s.project?.programme)
        s.editing = EditSession(target: .project(form), text: "", maxLength: form.maxLength)
    }

    static func editProject(_ s: inout DashboardState) {
        guard let p = s.project else {
            s.message = Message("There are no projects on the board yet: press a to add one.")
            return
        }
        s.selectedProject = p.name
        let form = ProjectForm.edit(p)
        s.editing = EditSession(target: .project(form), text: form.values[form.field] ?? "", maxLength: form.maxLength)
    }

    static func archiveProject(_ s: inout DashboardState) {
        guard let p = s.project else { s.message = Message("There are no projects on the board yet."); return }
        s.selectedProject = p.name
        confirm(
            "Archive \(p.name)? It leaves the board; its history is kept. y/n", .board(.archiveProject(name: p.name)),
            cancelled: "\(p.name) stays on the board.", &s)
    }

    /// Enter on a field: checked, kept, and the next field asked; the last one saves the form.
    static func commitProjectField(
        _ form: ProjectForm, _ text: String, _ session: EditSession, _ s: inout DashboardState,
        _ effects: inout [Effect]
    ) {
        var form = form
        // A refused value keeps the editor on its field with the text typed; the reason is shown
        // beside the field's prompt until the next Enter.
        do { form.values[form.field] = try ProjectForm.check(form.field, text, today: s.today) } catch {
            s.message = Message("\(error)", .error)
            return
        }
        if form.field == .programme, let typed = form.values[.programme] {
            let names = s.snapshot?.programmes.map(\.name) ?? []
            switch form.matchProgramme(typed, among: names) {
            case .name(let name): form.values[.programme] = name
            case .choose(let names):
                s.message = Message(
                    "'\(Sanitize.text(typed))' begins \(names.count) programmes: \(NameMatch.list(names)); type more",
                    .error)
                return
            case .ask(let name):
                form.newProgramme = name
                var session = session
                session.target = .project(form)
                s.editing = session
                let known = names.isEmpty ? "" : " (programmes: \(NameMatch.list(names)))"
                s.message = Message(
                    "No programme called '\(Sanitize.text(name))': Enter again creates it\(known)", .question)
                return
            }
        }
        if !form.isLast {
            form.step += 1
            s.message = nil
            s.editing = EditSession(
                target: .project(form), text: form.values[form.field] ?? "", maxLength: form.maxLength)
            return
        }
        let action: Action
        do { action = try form.action() } catch {
            s.message = Message("\(error)", .error)
            return
        }
        if case .board(.addProject(let draft)) = action { s.selectedProject = draft.name }
        var restoring = session
        restoring.target = .project(form)
        s.editing = nil
        effects.append(.perform(action, week: s.week, restoring: restoring))
    }
}
