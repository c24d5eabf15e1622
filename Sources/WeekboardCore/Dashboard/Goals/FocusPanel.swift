/// The week's focus: one line of text, or how to set it.
enum FocusPanel {
    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let focused = s.focused == .focus
        let content = PanelChrome.draw(
            &frame, rect, title: Panel.focus.title, focused: focused, boxed: boxed, glyphs: g)
        guard !content.isEmpty, let mine = s.snapshot?.mine else { return }
        if let text = mine.focus, !text.isEmpty {
            frame.put(text, x: content.x, y: content.y, role: focused ? .selection : .text, maxWidth: content.width)
            if focused { frame.restyle(x: content.x, y: content.y, width: content.width, role: .selection) }
        } else {
            let hint = s.settings.readOnly ? "(no focus set)" : "(no focus set: Shift-Tab to here, then e)"
            frame.put(hint, x: content.x, y: content.y, role: .muted, maxWidth: content.width)
            if focused { frame.restyle(x: content.x, y: content.y, width: content.width, role: .selection) }
        }
    }

    /// Where the focus is edited: its content line.
    static func field(_ rect: Rect, boxed: Bool) -> Rect {
        let y = rect.y + 1
        return boxed
            ? Rect(x: rect.x + 2, y: y, width: rect.width - 4, height: 1)
            : Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1)
    }
}
