/// `s` on a project: choosing its status, then an optional note.
extension Dashboard {
    static func reducePicker(_ s: inout DashboardState, _ key: Key, project: String, index: Int) {
        let all = RAGStatus.allCases
        func pick(_ i: Int) {
            s.overlay = nil
            s.editing = EditSession(
                target: .statusNote(project: project, status: all[i]), text: "", maxLength: TextRules.maxNote)
        }
        switch key {
        case .char("j"), .down, .mouse(_, _, .wheelDown):
            s.overlay = .statusPicker(project: project, index: min(all.count - 1, index + 1))
        case .char("k"), .up, .mouse(_, _, .wheelUp):
            s.overlay = .statusPicker(project: project, index: max(0, index - 1))
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
}
