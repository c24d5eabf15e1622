/// A row of the notes panel: entry `index` (from 0) of a section, or, in an empty section, its
/// placeholder (index 0). Named by section and position, as the CLI's `note edit SECTION N` is.
struct NoteRef: Equatable, Sendable {
    var section: NoteSection
    var index: Int
}
