#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A line of a month file that is not a journal entry (garbage, a number out of range, or a torn end
/// no crash explains), to set aside.
struct JournalDamage: Sendable, Equatable {
    /// Store-relative month file.
    let file: String
    /// 1-based line.
    let line: Int
    let reason: String
}
