#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An edit in progress.
struct EditSession: Equatable, Sendable {
    var target: EditTarget
    var editor: LineEditor
    /// The text when editing began, so saving it unchanged writes nothing.
    var original: String

    init(target: EditTarget, text: String, maxLength: Int) {
        self.target = target
        self.editor = LineEditor(text, maxLength: maxLength)
        self.original = text
    }
}
