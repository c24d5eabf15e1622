#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How the dashboard syncs (`S`, and every `interval` on the idle tick): start one, ask whether it is
/// still running, the header's words, and how the last one that ended went (for the message line).
/// `live` runs `weekboard sync` as a child (`BackgroundSync`).
package struct DashboardSync {
    package var start: () throws -> Void
    package var isRunning: () -> Bool
    package var headline: () -> String?
    package var outcome: () -> SyncOutcome?
    package var interval: TimeInterval

    package init(
        start: @escaping () throws -> Void, isRunning: @escaping () -> Bool, headline: @escaping () -> String?,
        outcome: @escaping () -> SyncOutcome? = { nil }, interval: TimeInterval = 300
    ) {
        self.start = start
        self.isRunning = isRunning
        self.headline = headline
        self.outcome = outcome
        self.interval = interval
    }

    /// `weekboard sync` in the background for `store`, when it has a remote; nil otherwise.
    package static func live(
        store: Store, executable: String, environment: [String: String], now: @escaping () -> Date,
        interval: TimeInterval = 300
    ) -> DashboardSync? {
        guard (try? SyncState.read(store)) ?? nil != nil else { return nil }
        let child = BackgroundSync(executable: executable, store: store, environment: environment)
        return DashboardSync(
            start: { try child.start() }, isRunning: { child.isRunning }, headline: { child.headline(now: now()) },
            outcome: { child.outcome }, interval: interval)
    }
}
