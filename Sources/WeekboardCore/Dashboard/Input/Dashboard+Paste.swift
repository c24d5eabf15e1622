/// A paste is text, never keys: typed into the field being edited, ignored (with a message)
/// anywhere else, so pasting "Shortlist agreed⏎3" cannot save an edit or tick goal 3.
extension Dashboard {
    static func paste(_ text: String, _ s: inout DashboardState) {
        s.message = nil
        guard var session = s.editing else {
            s.message = Message("Paste ignored: pasted text only goes into a field being edited (e edits).")
            return
        }
        var refused = false
        for c in LineEditor.pasteable(text) where !session.editor.insert(c) { refused = true }
        session.editor.keepVisible(width: EditorPlacement.field(s, session.target)?.width ?? 40)
        s.editing = session
        if refused { s.message = Message("Paste cut short: the field holds \(session.editor.maxLength) characters.") }
    }
}
