import CTerminalSignals

/// SIGINT, SIGTERM and SIGHUP while the dashboard runs. The C handler (CTerminalSignals, one
/// copy of its flag in every build) only records the signal; the input loop polls `received`
/// and restores the terminal itself (endwin and exit are not async-signal-safe).
enum QuitSignals {
    /// Installs the recording handler (before `newterm`, so ncurses keeps out of the way).
    static func install() { wb_quit_signals_handle(1) }

    /// Puts back whatever handlers the process had before.
    static func restore() { wb_quit_signals_handle(0) }

    /// The signal number received since `install`, or nil.
    static var received: Int32? {
        let s = wb_quit_signal()
        return s == 0 ? nil : s
    }
}
