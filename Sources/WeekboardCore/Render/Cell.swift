/// One terminal cell: a grapheme and the role it is drawn in. The second cell of a wide
/// character is a continuation with empty text.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell(" ", .text)
    public var isContinuation: Bool { text.isEmpty }
}
