#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a committed change did: its value, and its journal entry (the files written and removed,
/// the summary), so callers need not re-read the store to learn it. No entry: nothing changed.
package struct Committed<Value> {
    package let value: Value
    package let entry: JournalEntry?
    /// What the change said it did (also when it turned out to change nothing).
    package let summary: String
    package var written: [String] { entry?.written ?? [] }
    package var removed: [String] { entry?.removed ?? [] }
    /// Damage set aside before the change so that it could be made (a commit record or the journal's
    /// end that could not be read), in words for the person: the CLI says them on stderr.
    package var notices: [String] = []
}
