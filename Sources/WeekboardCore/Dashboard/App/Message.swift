#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The line above the footer: the result of the last key.
struct Message: Equatable, Sendable {
    /// `question`: the dashboard waits for an answer (it never fades, like an error).
    enum Kind: Equatable, Sendable { case info, success, error, question }
    var text: String
    var kind: Kind
    /// Idle ticks (about a second each) it has been shown: an info or success message fades after
    /// `fadeTicks`, so it does not outstay its moment through resizes and later keys.
    var age = 0

    static let fadeTicks = 5
    var fades: Bool { kind == .info || kind == .success }

    init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    static let readOnly = Message("read-only: nothing was changed", .error)
}
