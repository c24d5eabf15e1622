/// A run of text in one role: what `status` prints, coloured or not.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

public typealias StyledLine = [Span]

public extension Array where Element == Span {
    var plain: String { map(\.text).joined() }
    var width: Int { TextWidth.of(plain) }
}
