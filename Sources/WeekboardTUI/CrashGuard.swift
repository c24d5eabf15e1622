import CNcurses

/// If the process crashes while the dashboard owns the terminal, the shim's fatal-signal
/// handler leaves the alternate screen, shows the cursor, stops mouse reports and restores the
/// shell's tty modes before the crash report, so the user is not left with a dead terminal.
/// All shim crash-guard calls live in this one file (its static state is per compiled file).
enum CrashGuard {
    /// Saves the tty modes; call before `newterm`.
    static func install() { wb_crash_guard(1, 0, nil) }

    /// Records what to write on a crash, from the terminal's own capabilities; call after `newterm`.
    static func armRestoreSequence(mouse: Bool) {
        var text = ""
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = wb_tigetstr(cap) { text += String(cString: s) }
        }
        if mouse { text += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l" }
        wb_crash_guard(2, 0, text)
    }

    /// Puts back the previous handlers (the normal exit path restores the terminal itself).
    static func uninstall() { wb_crash_guard(0, 0, nil) }
}
