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

/// Why the terminal could not be used. Thrown before anything is written to it.
package enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// `TERM` is unset, empty, not in the terminfo database, or a type that cannot move the
    /// cursor (`dumb`, hardcopy).
    case unknownTerminal(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    package var description: String {
        switch self {
        case let .unknownTerminal(term):
            return "unknown terminal type '\(term)': try TERM=xterm-256color"
        case .notATerminal:
            return "standard input and output must be a terminal for the dashboard"
        }
    }
}
