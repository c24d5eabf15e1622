import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SSHServer {
    /// A command line run by /bin/sh (for bytes a Swift string cannot hold, such as invalid UTF-8).
    package static func shell(_ commandLine: String) throws -> Result {
        try run("sh", ["-c", commandLine], check: false)
    }
}

/// Long-running helpers (sshd, a forwarding ssh, an agent) started by sh in the background, their output
/// to /dev/null or a log file, so the test process holds no pipe of theirs; stopped by pid.
package enum Background {
    package static func start(_ args: [String], stderr: String = "/dev/null") throws -> pid_t {
        let quoted = args.map { "'\($0)'" }.joined(separator: " ")
        let r = try SSHServer.run("sh", ["-c", "\(quoted) </dev/null >/dev/null 2>'\(stderr)' & echo $!"])
        guard let pid = pid_t(r.out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw SSHServer.Failure(description: "could not start \(args[0]): \(r.err)")
        }
        return pid
    }

    package static func isRunning(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    /// SIGTERM, then SIGKILL if it is still there after two seconds (a child of Foundation's Process may
    /// start with signals blocked, and ssh and ssh-agent keep that mask), waiting by polling until it is gone.
    package static func stop(_ pid: pid_t) {
        guard pid > 0, kill(pid, SIGTERM) == 0 else { return }
        for (signal, seconds) in [(SIGKILL, 2.0), (0, 10.0)] {
            let deadline = Date().addingTimeInterval(seconds)
            while isRunning(pid), Date() < deadline {
                var status: Int32 = 0
                _ = waitpid(pid, &status, WNOHANG)
                usleep(10_000)
            }
            guard isRunning(pid) else { return }
            if signal != 0 { kill(pid, signal) }
        }
    }
}

/// `ssh -N -L PORT:127.0.0.1:SSHD` in the background, to check the server refuses the forward.
package final class LocalForward {
    let pid: pid_t
    let port: Int
    let errors: URL

    package init(server: SSHServer, key: String) throws {
        port = try SSHServer.freePort()
        errors = server.dir.appendingPathComponent("forward-\(port).err")
        let ssh = ExternalTool.find("ssh") ?? "/usr/bin/ssh"
        pid = try Background.start(
            [ssh] + server.clientOptions(key: key)
                + ["-N", "-L", "\(port):127.0.0.1:\(server.port)", "\(server.user)@127.0.0.1"], stderr: errors.path)
    }

    /// Connects through the forward (once ssh listens) and returns what ssh then reported.
    package func tryConnection() throws -> String {
        let deadline = Date().addingTimeInterval(20)
        var said = ""
        while Date() < deadline {
            _ = SSHServer.banner(port: port)
            said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            if said.contains("open failed") || !Background.isRunning(pid) { return said }
            usleep(20_000)
        }
        return said
    }

    package func stop() { Background.stop(pid) }
}

/// An empty `ssh-agent` of the test's own (never the developer's), to ask for agent forwarding with.
package final class TestAgent {
    let pid: pid_t
    package let socket: String

    package init(dir: URL) throws {
        socket = dir.appendingPathComponent("agent.sock").path
        pid = try Background.start([ExternalTool.find("ssh-agent") ?? "/usr/bin/ssh-agent", "-D", "-a", socket])
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: socket), Date() < deadline, Background.isRunning(pid) {
            usleep(10_000)
        }
    }

    package func stop() { Background.stop(pid) }
}
