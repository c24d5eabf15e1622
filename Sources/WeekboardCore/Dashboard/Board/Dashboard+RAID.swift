/// The board's RAID keys on the selected project: `R` `I` `D` `N` add a risk, issue, decision or action,
/// `X` closes one (or marks an action done) and `V` records a decision; each a form in the line editor.
extension Dashboard {
    static func beginRAID(_ command: Command, _ s: inout DashboardState) {
        guard let p = s.project else {
            s.message = Message("There are no projects on the board yet: press a to add one.")
            return
        }
        s.selectedProject = p.name
        let form: RAIDForm?
        switch command {
        case .addRAID(let kind): form = .add(kind, project: p.name)
        case .closeRAID:
            form = .close(p)
            if form == nil { s.message = Message("\(p.name) has no open risks, issues or actions to close.") }
        case .recordDecision:
            form = .decide(p)
            if form == nil { s.message = Message("\(p.name) has no decision waiting: press D to ask for one.") }
        default: form = nil
        }
        guard let form else { return }
        s.editing = EditSession(target: .raid(form), text: "", maxLength: TextRules.maxLine)
    }

    /// Enter on a field: checked, kept, and the next asked; the last one makes the change.
    static func commitRAIDField(
        _ form: RAIDForm, _ text: String, _ session: EditSession, _ s: inout DashboardState, _ effects: inout [Effect]
    ) {
        var form = form
        do { form.values[form.field] = try form.check(text, today: s.today) } catch {
            s.message = Message("\(error): Esc cancels", .error)
            return
        }
        if !form.isLast {
            form.step += 1
            s.editing = EditSession(
                target: .raid(form), text: form.values[form.field] ?? "", maxLength: TextRules.maxLine)
            return
        }
        let action: Action
        do { action = try form.action(today: s.today) } catch {
            s.message = Message("\(error): Esc cancels", .error)
            return
        }
        var restoring = session
        restoring.target = .raid(form)
        s.editing = nil
        if s.overlay == .meeting {
            let question = s.meeting?.current?.asked
            s.meeting?.expect(action, question: question)
        }
        effects.append(.perform(action, week: s.week, restoring: restoring))
    }
}
