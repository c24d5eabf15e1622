import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard sync` itself (also `weekboard sync now`).
struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Sync now: send this machine's changes and bring the team's in (the default of 'sync').",
        discussion: """
            Needs a remote first ('weekboard sync init URL'). Offline, it says so in one line and keeps every \
            change for the next sync; 'weekboard sync status' says what waits each way.

            Examples:
              weekboard sync
              weekboard --store ~/board sync now
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStoreToSync()
        try e.requireWritable()
        // The dashboard's background sync: ssh in batch mode, no terminal to ask on.
        let detached = e.env["WEEKBOARD_SYNC_DETACHED"] == "1"
        let report = try StoreSync(store: e.store, environment: e.env, detached: detached).sync(now: e.now)
        // The dashboard shows the first line on its message line: there, without the remote's address.
        let remote = detached ? nil : try StoreSync(store: e.store, environment: e.env).state()?.remote
        SyncWords.report(report, remote: remote)
    }
}
