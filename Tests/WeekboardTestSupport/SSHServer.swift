import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real OpenSSH server for one test: its own config, host key and free port on 127.0.0.1, run in the
/// foreground as a child of the test (so it is stopped by its pid) and logging to a file. It logs in
/// only as the user running the tests, with the keys in `authorizedKeys`: as root (CI) that needs
/// `PermitRootLogin forced-commands-only`, which every line `access sync` writes satisfies. `StrictModes
/// no` because the file lives in a temp folder whose parents (/tmp) are world-writable.
package final class SSHServer {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    package struct Result: Sendable {
        package let out: String
        package let err: String
        package let code: Int32
    }

    package static let sshd = "/usr/sbin/sshd"

    package static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && ExternalTool.find("ssh") != nil
            && ExternalTool.find("ssh-keygen") != nil
    }

    package let dir: URL
    package let port: Int
    package let authorizedKeys: URL
    package let user: String
    private let pid: pid_t
    private var logURL: URL { dir.appendingPathComponent("sshd.log") }

    /// Starts sshd and returns once it answers with its banner.
    package init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        authorizedKeys = dir.appendingPathComponent("authorized_keys")
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        // Privilege separation needs this folder when sshd runs as root (the package's service makes it).
        if getuid() == 0, !FileManager.default.fileExists(atPath: "/run/sshd") {
            try FileManager.default.createDirectory(
                atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        let hostKey = dir.appendingPathComponent("host_ed25519")
        try Self.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey.path])
        port = try Self.freePort()
        // The client may send WEEKBOARD_* and TERM (a permissive server): the gate must ignore them itself.
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey.path)
            PidFile \(dir.appendingPathComponent("sshd.pid").path)
            AuthorizedKeysFile \(authorizedKeys.path)
            StrictModes no
            PermitRootLogin forced-commands-only
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            AllowTcpForwarding yes
            AllowAgentForwarding yes
            AcceptEnv LANG LC_* WEEKBOARD_*
            LogLevel DEBUG1

            """
        let configURL = dir.appendingPathComponent("sshd_config")
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        let logFile = dir.appendingPathComponent("sshd.log")
        // In the foreground (-D, so every session's log reaches -E), started through sh in the background
        // so that it is no Foundation child of the test process, and stopped by its pid.
        pid = try Background.start([Self.sshd, "-D", "-E", logFile.path, "-f", configURL.path])
        try waitUntilReady()
    }

    deinit { stop() }

    /// Stops this test's sshd (by its pid) and removes its folder.
    package func stop() {
        Background.stop(pid)
        try? FileManager.default.removeItem(at: dir)
    }

    package var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Polls until sshd sends its banner (or has died): no fixed sleep.
    private func waitUntilReady() throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            guard Background.isRunning(pid) else { throw Failure(description: "sshd exited: \(log)") }
            if let banner = Self.banner(port: port), banner.hasPrefix("SSH-2.0") { return }
            usleep(20_000)
        }
        throw Failure(description: "sshd did not answer on port \(port): \(log)")
    }

    /// A new ed25519 key pair in the server's folder: the private key's path and the public line.
    package func newKey(_ name: String) throws -> (path: String, publicLine: String) {
        let path = dir.appendingPathComponent("key-\(name)").path
        try Self.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "\(name)@test", "-f", path])
        let line = try String(contentsOfFile: path + ".pub", encoding: .utf8)
        return (path, line.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `ssh` options that keep the developer's own config, agent and known hosts out of it.
    /// `agent`: the test's own agent socket instead of none (ssh takes the first value of an option).
    package func clientOptions(key: String, agent: String? = nil) -> [String] {
        [
            "-F", "/dev/null", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=\(agent ?? "none")", "-o",
            "BatchMode=yes",
            "-o", "UserKnownHostsFile=\(dir.appendingPathComponent("known_hosts").path)",
            "-o", "StrictHostKeyChecking=accept-new", "-o", "ConnectTimeout=20", "-i", key, "-p", "\(port)",
        ]
    }

    /// Runs `ssh` with `key` and `extra` options, then `command` (nil: none), as the client would.
    package func ssh(
        key: String, _ command: [String]?, extra: [String] = [], stdin: Data? = nil,
        env: [String: String] = [:], agent: String? = nil
    ) throws -> Result {
        var args = clientOptions(key: key, agent: agent) + extra + ["\(user)@127.0.0.1"]
        // `--` so that a command starting with '-' goes to the server, not to ssh's own options.
        if let command { args += ["--"] + command }
        return try Self.run("ssh", args, stdin: stdin, env: env, check: false)
    }

    /// A key pair made by PuTTYgen as a Windows colleague makes one: the `.ppk` file and the RFC 4716
    /// public key file PuTTYgen saves beside it.
    package func newPuTTYKey(_ name: String) throws -> (ppk: String, rfc4716: String) {
        let ppk = dir.appendingPathComponent("putty-\(name).ppk").path
        try Self.run(
            "puttygen", ["-t", "ed25519", "-C", "\(name)@windows", "-o", ppk, "--new-passphrase", "/dev/null"])
        let pub = dir.appendingPathComponent("putty-\(name).pub").path
        try Self.run("puttygen", [ppk, "-O", "public", "-o", pub])
        return (ppk, pub)
    }

    /// Runs PuTTY's `plink` with a `.ppk` key, as a Windows colleague would: this server's host key
    /// pinned by fingerprint, no agent, never a question, and PuTTY's settings kept in the server's folder.
    package func plink(ppk: String, _ command: [String]) throws -> Result {
        let fingerprint = try Self.run(
            "ssh-keygen", ["-l", "-E", "sha256", "-f", dir.appendingPathComponent("host_ed25519.pub").path]
        ).out.split(separator: " ")[1]
        let args = [
            "-ssh", "-batch", "-noagent", "-hostkey", String(fingerprint), "-P", "\(port)", "-i", ppk,
            "\(user)@127.0.0.1",
        ]
        return try Self.run("plink", args + command, env: ["HOME": dir.path], check: false)
    }

    /// The command line for tmux (quoted for its shell).
    package func sshCommandLine(key: String, extra: [String] = []) -> String {
        (["ssh"] + clientOptions(key: key) + extra + ["\(user)@127.0.0.1"]).map { "'\($0)'" }.joined(separator: " ")
    }

    @discardableResult
    static func run(
        _ tool: String, _ args: [String], stdin: Data? = nil, env: [String: String] = [:], check: Bool = true
    ) throws -> Result {
        guard let path = ExternalTool.find(tool) else { throw Failure(description: "\(tool) is not installed") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        e.removeValue(forKey: "SSH_AUTH_SOCK")
        for (k, v) in env { e[k] = v }
        p.environment = e
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        p.standardOutput = out
        p.standardError = err
        try p.run()
        if let stdin {
            let handle = input.fileHandleForWriting
            DispatchQueue.global().async {
                try? handle.write(contentsOf: stdin)
                try? handle.close()
            }
        }
        let box = ErrBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.data = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        let r = Result(
            out: String(decoding: o, as: UTF8.self), err: String(decoding: box.data, as: UTF8.self),
            code: Self.exitStatus(p))
        if check, r.code != 0 { throw Failure(description: "\(tool) failed (\(r.code)): \(r.err)") }
        return r
    }

    /// The child's exit status, reaped here with waitpid. Foundation's Process learns that a child ended
    /// from a socket the child inherits (see TmuxSession.tmux), so a daemon the child started (sshd, an
    /// agent) would make waitUntilExit wait for ever.
    static func exitStatus(_ p: Process) -> Int32 {
        var status: Int32 = 0
        let pid = p.processIdentifier
        while true {
            let r = waitpid(pid, &status, 0)
            if r == pid { break }
            if r < 0, errno == EINTR { continue }
            // Already reaped by Foundation: its status is final.
            p.waitUntilExit()
            return p.terminationStatus
        }
        if (status & 0x7F) == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// A port the kernel says is free on 127.0.0.1 (bound to port 0, then released for sshd).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        defer { close(fd) }
        var addr = loopback(port: 0)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw Failure(description: "bind failed") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    static func loopback(port: Int) -> sockaddr_in {
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = UInt16(port).bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        return addr
    }

    /// Connects to `port` and reads what the server says first (nil: nothing listening).
    package static func banner(port: Int) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = loopback(port: port)
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
    }
}

private final class ErrBox: @unchecked Sendable {
    var data = Data()
}
