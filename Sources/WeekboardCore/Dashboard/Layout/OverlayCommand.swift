/// What a key does in a document overlay (the `w` weeknote, the `h` history).
enum OverlayCommand: Equatable, Sendable {
    case down, up, pageDown, pageUp, top, bottom
    /// The weeknote and the highlight report: ask for a file name and save.
    case save
    case close
}
