/// A run of text in one role: what `status` prints, coloured or not.
package struct Span: Equatable, Sendable {
    package var text: String
    package var role: Role
    package init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

package typealias StyledLine = [Span]

package extension Array where Element == Span {
    var plain: String { map(\.text).joined() }
    var width: Int { TextWidth.of(plain) }
}
