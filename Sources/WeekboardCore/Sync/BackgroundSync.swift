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

/// The dashboard's sync: `weekboard sync` run as a child of its own (a new session, its output kept in
/// a private temporary file, ssh never asking on the screen), so the network never holds up a key and
/// the store's lock is taken only by that child, briefly. The dashboard polls it on its idle tick and,
/// once it has ended, says how it went (`outcome`) from what it printed.
final class BackgroundSync {
    let executable: String
    let store: Store
    let environment: [String: String]
    private var pid: pid_t?
    /// Where the running child writes its output and errors (removed once read).
    private var output: String?
    /// How the last sync that ended went; nil until one has.
    private(set) var outcome: SyncOutcome?

    init(executable: String, store: Store, environment: [String: String]) {
        self.executable = executable
        self.store = store
        self.environment = environment
    }

    // A dashboard closed while a sync runs leaves no file behind (the child writes on to an unlinked one).
    deinit {
        if let output { try? Posix.unlink(output) }
    }

    /// True while a sync started here has not ended (reaps it when it has).
    var isRunning: Bool {
        guard let p = pid else { return false }
        if !Posix.hasEnded(p) { return true }
        pid = nil
        if let path = output {
            let said = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self) }
            try? Posix.unlink(path)
            output = nil
            outcome = SyncOutcome.reading(said ?? "", remote: (try? SyncState.read(store))??.remote)
        }
        return false
    }

    /// Starts a sync unless one is running.
    func start() throws {
        guard !isRunning else { return }
        var env = environment
        env["WEEKBOARD_SYNC_DETACHED"] = "1"
        let argv = [executable, "sync", "--store", store.root.path]
        // Its own file, readable only by this person (it may name the remote), for output and errors alike.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "weekboard-sync-\(Posix.processID)-\(UUID().uuidString).txt"
        ).path
        let child: pid_t
        do {
            let fd = try Posix.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o600)
            defer { Posix.close(fd) }
            let files: [Posix.ChildFile] = [
                .open(0, path: "/dev/null", flags: O_RDONLY), .copy(1, from: fd), .copy(2, from: fd),
            ]
            do {
                child = try Posix.spawn(executable, argv, env: env, files: files, newSession: true)
            } catch {
                try? Posix.unlink(path)
                throw error
            }
        } catch let failure as Posix.Failure {
            throw SyncError("cannot start a sync: \(failure.reason)")
        }
        pid = child
        output = path
    }

    /// The header's words ("synced 3 min ago", "offline: 4 files waiting"); conflicts are counted by
    /// the dashboard itself (`DashboardState.conflicts`).
    func headline(now: Date) -> String? {
        guard let sync = try? StoreSync(store: store, environment: environment), let status = try? sync.status()
        else { return nil }
        return status.headline(now: now)
    }
}
