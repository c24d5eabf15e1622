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
        var status: Int32 = 0
        let r = waitpid(p, &status, WNOHANG)
        if r == 0 { return true }
        if r < 0, errno == EINTR { return true }
        pid = nil
        return false
    }

    /// Starts a sync unless one is running.
    func start() throws {
        guard !isRunning else { return }
        var env = environment
        env["WEEKBOARD_SYNC_DETACHED"] = "1"
        let argv = [executable, "sync", "--store", store.root.path]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(0x80))  // POSIX_SPAWN_SETSID
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var child: pid_t = 0
        let r = posix_spawn(&child, executable, &actions, &attr, cArgs, cEnv)
        guard r == 0 else { throw SyncError("cannot start a sync: \(String(cString: strerror(r)))") }
        pid = child
    }

    /// The header's words ("synced 3 min ago", "offline: 4 changes waiting", "1 conflict").
    func headline(now: Date) -> String? {
        guard let sync = try? StoreSync(store: store, environment: environment), let status = try? sync.status()
        else { return nil }
        return status.headline(now: now)
    }
}
