import CNcurses
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
import WeekboardCore

/// One ncurses screen on the process's terminal: set up in `init`, put back in `restore`.
/// The terminal is only touched once `newterm` has succeeded, so every error before that
/// leaves it exactly as it was.
final class TerminalSession {
    let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    private let mouse: Bool
    private var restored = false

    init(options: TerminalOptions) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        // getenv, not ProcessInfo's environment, which copies every variable into a dictionary.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, wb_terminal_usable(term) != 0, let screen = wb_newterm(term) else {
            throw TerminalError.unknownTerminal(term)
        }
        guard let window = wb_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.unknownTerminal(term)
        }
        self.screen = screen
        self.window = window
        self.mouse = options.mouse
        // raw, not cbreak: Ctrl-C (and Ctrl-Z, Ctrl-S) arrive as keys, so the driver decides.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        TerminalKeys.defineExtraSequences()
        BracketedPaste.defineMarkers()
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        wtimeout(window, options.idleTimeoutMilliseconds)
        _ = curs_set(0)
        leaveok(window, true)
        if options.mouse {
            mouseinterval(0)  // report presses at once instead of waiting to detect clicks
            mousemask(TerminalKeys.mouseMask, nil)
        }
        SystemAccess.printOutput(BracketedPaste.on)
    }

    /// Ctrl-Z: the terminal goes back to the shell as it was, the process stops until `fg`
    /// (SIGCONT), then the screen comes back. Bracketed paste is off while the shell has it.
    func suspend() {
        SystemAccess.printOutput(BracketedPaste.off)
        endwin()
        // The default SIGTSTP action stops the whole process group, as the shell expects.
        let previous = signal(SIGTSTP, SIG_DFL)
        kill(0, SIGTSTP)
        signal(SIGTSTP, previous)
        // Continued: ncurses puts program mode back on the next refresh; the caller repaints.
        SystemAccess.printOutput(BracketedPaste.on)
    }

    /// Mouse reporting off, cursor visible, terminal modes and screen back. Safe to call twice.
    func restore() {
        guard !restored else { return }
        restored = true
        if mouse { mousemask(0, nil) }
        _ = curs_set(1)
        endwin()
        SystemAccess.printOutput(BracketedPaste.off)
        delscreen(screen)
    }

    deinit { restore() }
}
