#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A file read and checked row by row, before anything touches the store.
public struct ParsedCalls: Sendable {
    public let shape: CallsShape
    /// Data rows (not the header, not blank lines).
    public let rowsRead: Int
    public var contacts: [ContactRecord] = []
    public var totals: [TotalRecord] = []
    public var rejects: [RejectedRow] = []
    /// The known export the file was read as; nil for weekboard's own CSV shapes.
    public var format: CallsFormat? = nil
    /// The mapping the file was read with (`--map`, or the config's mapping whose columns it has).
    public var mapping: String? = nil
    /// Records of a known export left out, and why.
    public var skipped = SkipCounts()
    /// Contacts whose caller field was neither a number nor an address: counted as withheld.
    public var unreadableCallers = 0
}
