/// One terminal cell: a grapheme and the role it is drawn in. The second cell of a wide
/// character is a continuation with empty text.
package struct Cell: Equatable, Sendable {
    package var text: String
    package var role: Role

    package init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }

    package static let blank = Cell(" ", .text)
    package var isContinuation: Bool { text.isEmpty }
}
