import Foundation

/// The line above the footer: the result of the last key.
public struct Message: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, success, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static let readOnly = Message("read-only: nothing was changed", .error)
}
