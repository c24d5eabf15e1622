import CNcurses
import CTerminalSignals

/// If the process crashes while the dashboard owns the terminal, the fatal-signal handler
/// (CTerminalSignals) leaves the alternate screen, shows the cursor, stops mouse reports and
/// bracketed paste, and restores the shell's tty modes before the crash report, so the user is
/// not left with a dead terminal.
enum CrashGuard {
    /// Saves the tty modes; call before `newterm`.
    static func install() { wb_crash_guard(1, nil) }

    /// Records what to write on a crash, from the terminal's own capabilities; call after `newterm`.
    static func armRestoreSequence(mouse: Bool) {
        var text = ""
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = wb_tigetstr(cap) { text += String(cString: s) }
        }
        if mouse { text += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l" }
        text += BracketedPaste.off
        wb_crash_guard(2, text)
    }

    /// Puts back the previous handlers (the normal exit path restores the terminal itself).
    static func uninstall() { wb_crash_guard(0, nil) }
}
