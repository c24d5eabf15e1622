/// Why an effect did not happen, in words for the message line (paths relative to the store).
struct EffectFailure: Error, Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case failed
        /// A file that is never replaced was already there (a weeknote export).
        case exists
    }

    var reason: String
    var kind: Kind

    init(_ reason: String, kind: Kind = .failed) {
        self.reason = reason
        self.kind = kind
    }
}
