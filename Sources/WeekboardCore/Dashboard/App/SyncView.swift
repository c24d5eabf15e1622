#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The header's sync words, and whether a sync is running now.
struct SyncView: Equatable, Sendable {
    var headline: String
    var running: Bool
}
