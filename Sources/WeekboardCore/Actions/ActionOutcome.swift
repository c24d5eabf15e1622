#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a change did, in words for the CLI and the dashboard's message line.
public struct ActionOutcome: Equatable, Sendable {
    public let message: String
    /// The journal entry of the change; nil when it changed nothing.
    public let entry: JournalEntry?
    /// Damage set aside so the change could be made (`Committed.notices`).
    public var notices: [String] = []

    public init(message: String, entry: JournalEntry? = nil) {
        self.message = message
        self.entry = entry
    }
}
