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

/// The calls that run another program (sync's `git`, the dashboard's `weekboard sync` child): a pipe
/// for its output, `posix_spawn` with an argument list (never a shell), waiting for it to end.
extension Posix {
    /// What a child's descriptor is made from before the program starts.
    enum ChildFile {
        /// `fd` opened on `path` with `flags`.
        case open(Int32, path: String, flags: Int32)
        /// `fd` made a copy of this process's `from` (`dup2`).
        case copy(Int32, from: Int32)
    }

    /// `pipe`: both ends close on exec, so no other child inherits them.
    static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        if cPipe(&ends) != 0 { throw Failure("pipe") }
        for fd in ends where retrying({ cFcntl(fd, F_SETFD, FD_CLOEXEC) }) < 0 {
            let failure = Failure("fcntl")
            for fd in ends { close(fd) }
            throw failure
        }
        return (ends[0], ends[1])
    }

    /// `poll` for the descriptors in `fds`, waiting through interruptions; how many are ready.
    @discardableResult
    static func poll(_ fds: inout [pollfd], timeout: Int32) throws -> Int {
        let ready = fds.withUnsafeMutableBufferPointer { b in
            retrying { cPoll(b.baseAddress, nfds_t(b.count), timeout) }
        }
        if ready < 0 { throw Failure("poll") }
        return Int(ready)
    }

    /// Waits `milliseconds` (a `poll` on no descriptors; a signal may end it early).
    static func pause(milliseconds: Int32) {
        var none: [pollfd] = []
        _ = try? poll(&none, timeout: milliseconds)
    }

    /// `posix_spawn` of `path` with `argv` (its first word included) and exactly `env`; `files` set the
    /// child's descriptors, and `newSession` gives it no controlling terminal. Returns its process id.
    static func spawn(
        _ path: String, _ argv: [String], env: [String: String], files: [ChildFile], newSession: Bool
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for file in files {
            switch file {
            case .open(let fd, let name, let flags): posix_spawn_file_actions_addopen(&actions, fd, name, flags, 0)
            case .copy(let fd, let from): posix_spawn_file_actions_adddup2(&actions, from, fd)
            }
        }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        if newSession { posix_spawnattr_setflags(&attr, Int16(0x80)) }  // POSIX_SPAWN_SETSID
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        // posix_spawn gives its error as the result, not in errno.
        let result = cSpawn(&pid, path, &actions, &attr, cArgs, cEnv)
        if result != 0 { throw Failure("posix_spawn", path: path, errno: result) }
        return pid
    }

    /// `waitpid` until `pid` ends: its exit status, or 128 plus the signal that ended it (as a shell says).
    static func waitForExit(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        if retrying({ cWaitpid(pid, &status, 0) }) < 0 { throw Failure("waitpid") }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// `waitpid` with `WNOHANG`: false while `pid` runs; true once it has ended (and is reaped), or when
    /// it is no child to wait for.
    static func hasEnded(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return retrying { cWaitpid(pid, &status, WNOHANG) } != 0
    }
}

// The C calls under the names above: at file scope, where `pipe` is the C function, not `Posix.pipe`.
private func cFcntl(_ fd: Int32, _ cmd: Int32, _ arg: Int32) -> Int32 { fcntl(fd, cmd, arg) }
private func cPipe(_ ends: UnsafeMutablePointer<Int32>) -> Int32 { pipe(ends) }
private func cPoll(_ fds: UnsafeMutablePointer<pollfd>?, _ n: nfds_t, _ timeout: Int32) -> Int32 {
    poll(fds, n, timeout)
}
private func cSpawn(
    _ pid: UnsafeMutablePointer<pid_t>, _ path: String, _ actions: UnsafePointer<posix_spawn_file_actions_t>,
    _ attr: UnsafePointer<posix_spawnattr_t>, _ argv: [UnsafeMutablePointer<CChar>?],
    _ envp: [UnsafeMutablePointer<CChar>?]
) -> Int32 {
    posix_spawn(pid, path, actions, attr, argv, envp)
}
private func cWaitpid(_ pid: pid_t, _ status: UnsafeMutablePointer<Int32>, _ options: Int32) -> pid_t {
    waitpid(pid, status, options)
}
