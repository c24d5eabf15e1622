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

/// How the full-screen loop ended; the terminal is restored in every case.
package enum TerminalExit: Equatable, Sendable {
    /// The driver said quit (q, Ctrl-C).
    case quit
    /// SIGINT, SIGTERM or SIGHUP arrived; conventional exit status is 128 + the number.
    case signal(Int32)
    /// The terminal went away (input closed or failing).
    case inputClosed
    /// No key for `TerminalOptions.sessionIdleLimit`.
    case idle
}
