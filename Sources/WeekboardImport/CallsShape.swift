#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The two shapes of telephony export.
package enum CallsShape: String, Equatable, Sendable {
    /// week (or date), service, [channel], count
    case weeklyTotals = "weekly totals"
    /// timestamp (or date + time), service, [channel], caller
    case perContact = "one row per contact"
}
