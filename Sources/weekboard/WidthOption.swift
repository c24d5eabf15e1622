import ArgumentParser
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

/// `--width N` for the commands that print fitted lines: the terminal's width on a terminal,
/// 80 in a pipe or file (so scripts see the same lines wherever they run).
struct WidthOption: ParsableArguments {
    @Option(
        help: ArgumentHelp("Columns to fit (default: the terminal's width; 80 when not a terminal).", valueName: "n"))
    var width: Int?

    static let range = 40...1000

    func validate() throws {
        if let width, !Self.range.contains(width) { throw badValue("--width must be 40 to 1000, not \(width)") }
    }

    /// The columns to fit.
    var columns: Int { width ?? Self.terminalColumns() ?? 80 }

    /// Standard output's terminal width, or nil when it is not a terminal.
    static func terminalColumns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return min(range.upperBound, max(range.lowerBound, Int(size.ws_col)))
    }
}
