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

/// The dashboard's sync: `weekboard sync` run as a child of its own (a new session, output discarded,
/// ssh never asking on the screen), so the network never holds up a key and the store's lock is
/// taken only by that child, briefly. The dashboard polls it on its idle tick.
final class BackgroundSync {
    let executable: String
    let store: Store
    let environment: [String: String]
    private var pid: pid_t?

    init(executable: String, store: Store, environment: [String: String]) {
        self.executable = executable
        self.store = store
        self.environment = environment
    }

    /// True while a sync started here has not ended (reaps it when it has).
    var isRunning: Bool {
        guard let p = pid else { return false }
        if !Posix.hasEnded(p) { return true }
        pid = nil
        return false
    }

    /// Starts a sync unless one is running.
    func start() throws {
        guard !isRunning else { return }
        var env = environment
        env["WEEKBOARD_SYNC_DETACHED"] = "1"
        let argv = [executable, "sync", "--store", store.root.path]
        let quiet = [Int32(0), 1, 2].map {
            Posix.ChildFile.open($0, path: "/dev/null", flags: $0 == 0 ? O_RDONLY : O_WRONLY)
        }
        let child: pid_t
        do {
            child = try Posix.spawn(executable, argv, env: env, files: quiet, newSession: true)
        } catch let failure as Posix.Failure {
            throw SyncError("cannot start a sync: \(failure.reason)")
        }
        pid = child
    }

    /// The header's words ("synced 3 min ago", "offline: 4 changes waiting"); conflicts are counted by
    /// the dashboard itself (`DashboardState.conflicts`).
    func headline(now: Date) -> String? {
        guard let sync = try? StoreSync(store: store, environment: environment), let status = try? sync.status()
        else { return nil }
        return status.headline(now: now)
    }
}
