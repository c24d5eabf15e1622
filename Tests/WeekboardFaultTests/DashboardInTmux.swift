import Foundation
import WeekboardTestSupport

/// The real dashboard running in a private tmux server, on a CLIRunner's store.
struct DashboardInTmux {
    let tmux: TmuxSession
    let cli: CLIRunner

    /// Starts `weekboard [extra…]` in a `width`×`height` pane and waits for its first frame.
    init(_ cli: CLIRunner, width: Int = 120, height: Int = 40, extra: [String] = [], recordTo file: String? = nil)
        throws
    {
        self.cli = cli
        var env = cli.env
        env["NO_COLOR"] = nil
        tmux = try TmuxSession(width: width, height: height, env: env)
        if let file { try tmux.recordOutput(to: file) }
        let args = ([CLIRunner.binary.path] + extra).map { "'\($0)'" }.joined(separator: " ")
        try tmux.run(args)
        try tmux.waitFor("Week 2026.48")
    }

    /// A tmux format value for the pane (`alternate_on`, `cursor_flag`, `mouse_any_flag`, …).
    func pane(_ format: String) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", tmux.target, "#{\(format)}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Presses q and checks the terminal is handed back as it was: main screen, cursor shown,
    /// mouse reporting off, and a shell that echoes and runs what is typed.
    func quitAndCheckRestored() throws -> [String] {
        // Random keys may leave help or a prompt open, where q closes it rather than quitting: Esc closes
        // it first, as a person would (a pause, so Esc and q are not read as one Alt-q).
        try tmux.keys("Escape")
        usleep(300_000)
        try tmux.keys("q")
        var problems: [String] = []
        let deadline = Date().addingTimeInterval(20)
        while try tmux.programRunning(), Date() < deadline { usleep(50_000) }
        if try tmux.programRunning() { problems.append("still running 20 s after q") }
        if try pane("alternate_on") != "0" { problems.append("still on the alternate screen") }
        if try pane("cursor_flag") != "1" { problems.append("cursor hidden") }
        if try pane("mouse_any_flag") != "0" { problems.append("mouse reporting left on") }
        try tmux.run("clear; echo restored-$((40+2))")
        do { try tmux.waitFor("restored-42", timeout: 20) } catch {
            problems.append("the shell did not answer: \(error)")
        }
        return problems
    }
}

/// Seeded draws (libc's reentrant `erand48`), so a failing storm can be replayed from its seed.
struct SeededDraws {
    let seed: UInt64
    private var state: [UInt16]

    init(seed: UInt64) {
        self.seed = seed
        state = [0, 16, 32].map { UInt16(truncatingIfNeeded: seed >> $0) }
    }

    /// Uniform in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(erand48(&state) * Double(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
