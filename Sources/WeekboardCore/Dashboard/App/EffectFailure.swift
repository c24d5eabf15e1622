/// Why an effect did not happen, in words for the message line (paths relative to the store).
public struct EffectFailure: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case failed
        /// A file that is never replaced was already there (a weeknote export).
        case exists
    }

    public var reason: String
    public var kind: Kind

    public init(_ reason: String, kind: Kind = .failed) {
        self.reason = reason
        self.kind = kind
    }
}
