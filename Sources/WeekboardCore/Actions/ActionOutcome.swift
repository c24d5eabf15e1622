#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a change did, in words for the CLI and the dashboard's message line.
package struct ActionOutcome: Equatable, Sendable {
    package let message: String
    /// The journal entry of the change; nil when it changed nothing.
    package let entry: JournalEntry?
    /// Damage set aside so the change could be made (`Committed.notices`).
    package var notices: [String] = []

    package init(message: String, entry: JournalEntry? = nil) {
        self.message = message
        self.entry = entry
    }
}
