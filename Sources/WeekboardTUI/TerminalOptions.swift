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
package struct TerminalOptions: Sendable {
    /// Maps every role to colours and attributes.
    package var theme: Theme
    /// Report mouse clicks and the wheel (this takes over the terminal's own text selection).
    package var mouse: Bool
    /// Draw with attributes only (bold, reverse, underline): `NO_COLOR` or a colourless choice.
    package var noColor: Bool
    /// Milliseconds without input before the driver's `tick()` is called.
    package var idleTimeoutMilliseconds: Int32
    /// Ends the session after this long without a key (over SSH, so a forgotten session does not stay
    /// open for ever); nil: never.
    package var sessionIdleLimit: Duration?

    package init(
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
    package static func noColor(environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
