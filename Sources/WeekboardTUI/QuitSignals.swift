import CNcurses

/// SIGINT, SIGTERM and SIGHUP while the dashboard runs. The C handler in the shim only records
/// the signal; the input loop polls `received` and restores the terminal itself (endwin and
/// exit are not async-signal-safe). All shim signal calls live in this one file because the
/// shim's static flag exists once per compiled Swift file.
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
