#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// How a file was understood, for `calls import --explain`.
struct ExportExplanation {
    /// "Microsoft Teams PSTN usage report", or the mapping's name.
    var title: String
    /// Why it is taken for that.
    var evidence: String
    /// The header's columns (none for SMDR, which has no header, and JSON records).
    var columns: [String]
    /// What each column is used for (nil: not used), by position.
    var meanings: [String?]
    var rules: [String]
}
