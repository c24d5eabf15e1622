#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The line above the footer: the result of the last key.
struct Message: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case info, success, error }
    var text: String
    var kind: Kind

    init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    static let readOnly = Message("read-only: nothing was changed", .error)
}
