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

/// What the front ends (the CLI, the TUI, the import) ask of the system. `Posix` stays inside the core,
/// so every call has one home; only terminal set-up (ncurses, `isatty`, the window size) is the front
/// end's own.
package enum SystemAccess {
    /// Writes text to standard error (messages, warnings); a closed stderr is not worth failing over.
    package static func printError(_ text: String) { Posix.printError(text) }

    /// Writes a control sequence or text straight to the terminal (standard output), unbuffered.
    package static func printOutput(_ text: String) { Posix.printOutput(text) }

    /// Bytes straight to standard output, unbuffered; a closed stdout is not worth failing over.
    package static func writeOutput(_ data: Data) { try? Posix.writeAll(STDOUT_FILENO, data) }

    /// Standard input until end of file, or nil as soon as it gives more than `limit` bytes.
    package static func readStandardInput(limit: Int) -> Data? { Posix.readAll(STDIN_FILENO, limit: limit) }

    /// `~`, `~/…` and `~user/…` expanded as `NSString.expandingTildeInPath` does.
    package static func expandingTilde(_ path: String) -> String { Posix.expandingTilde(path) }

    /// The login name of the effective user.
    package static func userName() -> String { Posix.userName() }

    /// `user`'s home folder; the current user's when nil.
    package static func homeDirectory(of user: String? = nil) -> String? { Posix.homeDirectory(of: user) }

    /// This process's executable, links resolved; nil where there is none.
    package static func executablePath() -> String? { Posix.executablePath() }

    /// Whether a path (links followed) is a folder; nil when nothing is there.
    package static func isFolder(_ path: String) -> Bool? { Posix.isFolder(path) }

    /// This process's id (unique names for temp folders).
    package static var processID: Int32 { Posix.processID }

    /// Replaces this process with `path ARGS` in exactly `env` (`execve`); returns, with the reason, only
    /// when that failed.
    package static func replaceProcess(_ path: String, _ args: [String], _ env: [String: String]) -> Error {
        Posix.execute(path, args, env)
    }
}
