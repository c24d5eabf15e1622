/// Notes keys: `a` adds to the selected row's section, `e`/Enter edits the selected entry, `d`
/// removes it (after y/n), `j`/`k` move through all three sections.
extension Dashboard {
    static func beginNoteEdit(_ s: inout DashboardState, _ mine: PersonWeek) {
        let ref = NotesPanel.selected(s)
        let entries = mine.notes(ref.section)
        guard entries.indices.contains(ref.index) else {
            s.message = Message("\(ref.section.title) has no entries yet: press a to add one.")
            return
        }
        s.selectedNote = ref
        s.editing = EditSession(target: .note(ref), text: entries[ref.index], maxLength: TextRules.maxNote)
    }

    static func addNote(_ s: inout DashboardState) {
        guard s.snapshot != nil else { return }
        let ref = NotesPanel.selected(s)
        s.selectedNote = ref
        s.editing = EditSession(target: .newNote(ref.section), text: "", maxLength: TextRules.maxNote)
    }

    static func removeNote(_ s: inout DashboardState) {
        let ref = NotesPanel.selected(s)
        guard let entries = s.snapshot?.mine.notes(ref.section), entries.indices.contains(ref.index) else {
            s.message = Message("Nothing to remove: \(ref.section.inSentence) has no entries.")
            return
        }
        s.selectedNote = ref
        confirm(
            "Remove “\(entries[ref.index])” from \(ref.section.inSentence)? y/n",
            .week(.removeNote(ref.section, number: ref.index + 1)), cancelled: "Note kept.", &s)
    }

    static func moveNote(by delta: Int, _ s: inout DashboardState) {
        let refs = NotesPanel.refs(s.snapshot?.mine)
        guard let i = refs.firstIndex(of: NotesPanel.selected(s)) else { return }
        s.selectedNote = refs[min(refs.count - 1, max(0, i + delta))]
    }
}
