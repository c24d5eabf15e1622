import Foundation
import WeekboardCore
#if canImport(Glibc)
    import Glibc
#endif

/// Drives a program in a real terminal, as a person would: a private tmux server, a shell in a
/// pane of a fixed size, keys typed with send-keys, the screen read with capture-pane.
package final class TmuxSession {
    package struct Timeout: Error, CustomStringConvertible {
        package let description: String
    }

    package let socket: String
    package let target = "wb:0.0"
    private let env: [String: String]

    package static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Starts `sh` in a `width`×`height` pane with `env` (plus TERM=xterm-256color unless given).
    package init(width: Int, height: Int, env: [String: String]) throws {
        socket = "wb-test-\(UUID().uuidString.prefix(8))"
        var e = env
        e["TERM"] = e["TERM"] ?? "xterm-256color"
        e["PS1"] = "$ "
        e.removeValue(forKey: "TMUX")
        self.env = e
        // The server this starts keeps whatever descriptors it inherits, so it gets none of ours.
        try tmux(
            ["-f", "/dev/null", "new-session", "-d", "-s", "wb", "-x", "\(width)", "-y", "\(height)", "sh"],
            output: false)
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["set-option", "-g", "default-terminal", e["TERM"]!])
        try tmux(["set-window-option", "-g", "aggressive-resize", "off"])
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit { _ = try? tmux(["kill-server"], output: false) }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Not `Process`: tmux's server daemonises and keeps every descriptor it inherits, and
    /// Foundation's `Process` learns that a child ended from a socket the child inherits, so it
    /// would wait forever (as would any test reading a pipe the server happened to inherit).
    /// `posix_spawn` + `waitpid`, through a shell that closes every descriptor above 2 first.
    @discardableResult
    package func tmux(_ args: [String], output: Bool = true) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("wb-tmux-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        let script =
            """
            for f in /proc/$$/fd/*; do n=${f##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\"; done 2>/dev/null; \
            exec tmux \"$@\"
            """
        let argv = ["/bin/bash", "-c", script, "tmux", "-L", socket] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, output ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        // Test threads run with most signals blocked, and a child inherits that mask: tmux's server,
        // its shell and the dashboard would then ignore SIGHUP, SIGTERM and SIGWINCH (and kill-server
        // would wait forever for the shell). Start every child with no signal blocked, at defaults.
        var attrs = posix_spawnattr_t()
        posix_spawnattr_init(&attrs)
        defer { posix_spawnattr_destroy(&attrs) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attrs, &none)
        posix_spawnattr_setsigdefault(&attrs, &all)
        posix_spawnattr_setflags(&attrs, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/bash", &actions, &attrs, cArgs, cEnv)
        guard rc == 0 else { throw Timeout(description: "could not start tmux: error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard output else { return "" }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Types a shell command line and presses Enter.
    package func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", target, "-l", commandLine])
        try tmux(["send-keys", "-t", target, "Enter"])
    }

    /// Sends tmux key names (`Tab`, `BTab`, `Enter`, `Escape`, `C-c`, `Up`, `q`…).
    package func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", target] + names)
    }

    /// Types text literally (UTF-8 included).
    package func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Pastes `text` as a terminal would: bracketed (`paste-buffer -p`) when the program asked for it.
    package func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "wb-paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "wb-paste", "-t", target])
    }

    /// The process the pane's shell is running in the foreground (its first child), if any.
    package func programPID() throws -> pid_t? {
        let shell = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t(String($0)) }
    }

    /// The visible screen; with `escapes`, including colour and attribute sequences.
    package func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
    }

    package func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "wb:0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Appends everything the program writes to the terminal to `file` (for counting bytes).
    package func recordOutput(to file: String) throws {
        try tmux(["pipe-pane", "-t", target, "-o", "cat >> '\(file)'"])
    }

    package func stopRecording() throws {
        try tmux(["pipe-pane", "-t", target])
    }

    /// Waits until the screen satisfies `condition`; returns that screen or throws with the last one.
    /// The screen returned has settled (the same at the next look), so what a test reads beside the
    /// condition is not a half-drawn frame on a loaded machine; a condition that holds only for a moment
    /// (a message that goes) returns the screen that met it.
    @discardableResult
    package func waitFor(timeout: TimeInterval = 15, _ what: String = "condition", _ condition: (String) -> Bool) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var met: String?
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                if last == met { return last }
                met = last
            } else if let met {
                return met
            }
            usleep(50_000)
        }
        if let met { return met }
        throw Timeout(description: "timed out waiting for \(what); screen was:\n\(last)")
    }

    @discardableResult
    package func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor(timeout: timeout, "'\(text)'") { $0.contains(text) }
    }

    /// Waits until `pattern` matches somewhere on the screen.
    @discardableResult
    package func waitFor(_ pattern: Regex<Substring>, timeout: TimeInterval = 15) throws -> String {
        try waitFor(timeout: timeout, "\(pattern)") { $0.contains(pattern) }
    }

    /// True while the pane's foreground process is not the shell (the program is still running).
    package func programRunning() throws -> Bool {
        let cmd = try tmux(["display-message", "-p", "-t", target, "#{pane_current_command}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        return cmd != "sh"
    }
}
