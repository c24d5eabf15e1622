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

/// Runs the `git` program for sync: an argument list handed to `posix_spawn` (never a shell, and no
/// full Foundation, whose `Process` would bring ICU into the binary), with git's surprises turned
/// off: no hooks, no terminal prompts, no signing, no line-ending filters, every object received
/// checked. Input goes through a file (so a git that stops reading can never raise SIGPIPE here).
struct GitRunner: Sendable {
    struct Output: Sendable {
        var out: Data
        var err: String
        var status: Int32
    }

    let executable: String
    /// `sync/git`, the bare repository every command works on.
    let gitDir: String
    /// Where input files are written while a command runs (inside `sync/`).
    let scratch: String
    let environment: [String: String]
    /// No controlling terminal and ssh in batch mode: the dashboard's background sync must never
    /// stop to ask a question on the screen it is drawing.
    var detached = false

    /// Settings that override the person's own git configuration for every command.
    static let settings = [
        "core.hooksPath=/dev/null", "core.fsmonitor=false", "core.autocrlf=false", "commit.gpgSign=false",
        "protocol.ext.allow=never", "transfer.fsckObjects=true", "gc.autoDetach=false", "advice.detachedHead=false",
        "init.defaultBranch=main", "credential.interactive=never",
    ]

    init(gitDir: String, scratch: String, environment: [String: String]) throws {
        guard let path = Self.find(environment) else {
            throw SyncError(
                "the git program is not installed (or not on PATH); sync needs it: install git, then try again")
        }
        executable = path
        self.gitDir = gitDir
        self.scratch = scratch
        var env = environment
        // Whatever repository, index or work tree the caller's shell points at, git works on sync/git only.
        for key in [
            "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
            "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
        ] { env.removeValue(forKey: key) }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        env["LANGUAGE"] = nil
        self.environment = env
    }

    /// `git` on PATH (`WEEKBOARD_GIT` names another), nil when there is none.
    static func find(_ env: [String: String]) -> String? {
        if let given = env["WEEKBOARD_GIT"], !given.isEmpty {
            return Posix.isExecutable(given) ? given : nil
        }
        let path = env["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/git"
            if Posix.isExecutable(candidate), Posix.isFolder(candidate) != true { return candidate }
        }
        return nil
    }

    /// Runs `git --git-dir=… -c … args`, with `input` as standard input; returns what it printed.
    func run(_ args: [String], input: Data? = nil, env extra: [String: String] = [:]) throws -> Output {
        var env = environment
        for (k, v) in extra { env[k] = v }
        if detached, env["GIT_SSH_COMMAND"] == nil, env["GIT_SSH"] == nil {
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"
        }
        var argv = [executable, "--git-dir=\(gitDir)"]
        for s in Self.settings { argv += ["-c", s] }
        argv += args
        var inputFile: String?
        if let input {
            let path = "\(scratch)/.tmp-git-input-\(Posix.processID)-\(UInt32.random(in: 0...UInt32.max))"
            let fd: Int32
            do {
                fd = try Posix.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
            } catch let failure as Posix.Failure {
                throw SyncError("\(path): cannot write: \(failure.reason)")
            }
            defer { Posix.close(fd) }
            try Posix.writeAll(fd, input)
            inputFile = path
        }
        defer { if let inputFile { try? Posix.unlink(inputFile) } }
        return try spawn(argv, env: env, stdin: inputFile ?? "/dev/null")
    }

    /// Runs git and returns its output; a non-zero exit throws git's own first line of complaint.
    @discardableResult
    func check(_ args: [String], input: Data? = nil, env: [String: String] = [:]) throws -> Data {
        let r = try run(args, input: input, env: env)
        guard r.status == 0 else { throw SyncError(Self.complaint(r, doing: args.first ?? "")) }
        return r.out
    }

    /// The line of git's stderr that says what went wrong, for a one-line error.
    static func complaint(_ r: Output, doing what: String) -> String {
        // By `isNewline`: ssh ends its lines "\r\n", one Character that a split on "\n" does not cut.
        let lines = r.err.split(whereSeparator: \.isNewline).map { String($0).trimmed() }.filter { !$0.isEmpty }
        let said = lines.firstIndex { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") || $0.hasPrefix("ERROR") }
        var text = said.map { lines[$0] } ?? lines.last ?? "exit status \(r.status)"
        // "Could not read from remote repository" says nothing new: the line before it (ssh's) says why.
        if let said, said > 0, text.hasSuffix("Could not read from remote repository.") {
            text = lines[said - 1]
        }
        for prefix in ["fatal: ", "error: ", "ssh: "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        return "git \(what) failed: \(Sanitize.text(text))"
    }

    private func spawn(_ argv: [String], env: [String: String], stdin: String) throws -> Output {
        let outPipe: (read: Int32, write: Int32), errPipe: (read: Int32, write: Int32)
        do {
            outPipe = try Posix.pipe()
            do { errPipe = try Posix.pipe() } catch {
                Posix.close(outPipe.read)
                Posix.close(outPipe.write)
                throw error
            }
        } catch let failure as Posix.Failure {
            throw SyncError("cannot run git: \(failure.reason)")
        }
        let pid: pid_t
        do {
            defer {
                Posix.close(outPipe.write)
                Posix.close(errPipe.write)
            }
            pid = try Posix.spawn(
                executable, argv, env: env,
                files: [
                    .open(0, path: stdin, flags: O_RDONLY), .copy(1, from: outPipe.write),
                    .copy(2, from: errPipe.write),
                ],
                newSession: detached)
        } catch let failure as Posix.Failure {
            Posix.close(outPipe.read)
            Posix.close(errPipe.read)
            throw SyncError("cannot run \(executable): \(failure.reason)")
        }
        var out = Data(), err = Data()
        var open: [(fd: Int32, isOut: Bool)] = [(outPipe.read, true), (errPipe.read, false)]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            guard (try? Posix.poll(&fds, timeout: -1)) != nil else { break }
            var still: [(fd: Int32, isOut: Bool)] = []
            for (i, item) in open.enumerated() {
                guard fds[i].revents != 0 else {
                    still.append(item)
                    continue
                }
                // A read that fails ends that stream, as its end of file would.
                let n = (try? buffer.withUnsafeMutableBytes { try Posix.read(item.fd, into: $0) }) ?? 0
                if n > 0 {
                    if item.isOut {
                        out.append(contentsOf: buffer[0..<n])
                    } else {
                        err.append(contentsOf: buffer[0..<n])
                    }
                    still.append(item)
                } else {
                    Posix.close(item.fd)
                }
            }
            open = still
        }
        for item in open { Posix.close(item.fd) }
        // A child that cannot be waited for (already reaped) leaves its output as the answer, as it always has.
        let code = (try? Posix.waitForExit(pid)) ?? 0
        return Output(out: out, err: String(decoding: err, as: UTF8.self), status: code)
    }
}
