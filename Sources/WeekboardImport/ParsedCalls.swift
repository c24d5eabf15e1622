#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A file read and checked row by row, before anything touches the store.
struct ParsedCalls: Sendable {
    let shape: CallsShape
    /// Data rows (not the header, not blank lines).
    let rowsRead: Int
    var contacts: [ContactRecord] = []
    var totals: [TotalRecord] = []
    var rejects: [RejectedRow] = []
    /// The known export the file was read as; nil for weekboard's own CSV shapes.
    var format: CallsFormat? = nil
    /// The mapping the file was read with (`--map`, or the config's mapping whose columns it has).
    var mapping: String? = nil
    /// Records of a known export left out, and why.
    var skipped = SkipCounts()
    /// Contacts whose caller field was neither a number nor an address: counted as withheld.
    var unreadableCallers = 0
}
