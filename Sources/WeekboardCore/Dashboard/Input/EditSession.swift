import Foundation

/// An edit in progress.
public struct EditSession: Equatable, Sendable {
    public var target: EditTarget
    public var editor: LineEditor
    /// The text when editing began, so saving it unchanged writes nothing.
    public var original: String

    public init(target: EditTarget, text: String, maxLength: Int) {
        self.target = target
        self.editor = LineEditor(text, maxLength: maxLength)
        self.original = text
    }
}
