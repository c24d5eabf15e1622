#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The header's sync words, whether a sync is running now, and what the message line last said of one.
struct SyncView: Equatable, Sendable {
    var headline: String
    var running: Bool
    /// A person pressed `S` for the sync running now: its outcome is said whatever it is.
    var asked = false
    /// How the last sync that ended went: a background sync is news only when it differs.
    var last: SyncOutcome?

    init(headline: String, running: Bool) {
        self.headline = headline
        self.running = running
    }

    /// The headline's state alone, its count of files waiting dropped ("offline: 4 files waiting" is
    /// "offline"; "synced 3 min ago, 1 file waiting" is "synced 3 min ago"), for a narrow header.
    var state: String {
        String(headline.prefix { $0 != ":" && $0 != "," })
    }
}
