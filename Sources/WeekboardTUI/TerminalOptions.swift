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

/// How the full-screen front end should look and behave. The caller (the CLI) decides each
/// value from flags, environment and config; the front end only applies them.
public struct TerminalOptions: Sendable {
    /// Maps every role to colours and attributes.
    public var theme: Theme
    /// Report mouse clicks and the wheel (this takes over the terminal's own text selection).
    public var mouse: Bool
    /// Draw with attributes only (bold, reverse, underline): `NO_COLOR` or a colourless choice.
    public var noColor: Bool
    /// Milliseconds without input before the driver's `tick()` is called.
    public var idleTimeoutMilliseconds: Int32
    /// Ends the session after this long without a key (over SSH, so a forgotten session does not stay
    /// open for ever); nil: never.
    public var sessionIdleLimit: Duration?

    public init(
        theme: Theme, mouse: Bool = false, noColor: Bool = false, idleTimeoutMilliseconds: Int32 = 1000,
        sessionIdleLimit: Duration? = nil
    ) {
        self.theme = theme
        self.mouse = mouse
        self.noColor = noColor
        self.idleTimeoutMilliseconds = idleTimeoutMilliseconds
        self.sessionIdleLimit = sessionIdleLimit
    }

    /// True when `NO_COLOR` is set to something non-empty (https://no-color.org).
    public static func noColor(environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}

/// Why the terminal could not be used. Thrown before anything is written to it.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// `TERM` is unset, empty, not in the terminfo database, or a type that cannot move the
    /// cursor (`dumb`, hardcopy).
    case unknownTerminal(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    public var description: String {
        switch self {
        case let .unknownTerminal(term):
            return "unknown terminal type '\(term)': try TERM=xterm-256color"
        case .notATerminal:
            return "standard input and output must be a terminal for the dashboard"
        }
    }
}

/// How the full-screen loop ended; the terminal is restored in every case.
public enum TerminalExit: Equatable, Sendable {
    /// The driver said quit (q, Ctrl-C).
    case quit
    /// SIGINT, SIGTERM or SIGHUP arrived; conventional exit status is 128 + the number.
    case signal(Int32)
    /// The terminal went away (input closed or failing).
    case inputClosed
    /// No key for `TerminalOptions.sessionIdleLimit`.
    case idle
}
