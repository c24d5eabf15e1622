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

/// `--width N` for records that must not lose text (`log`, `calls list`, `undo --list`): on a terminal
/// its width; elsewhere (a pipe, a file, SSH without a terminal, `sudo`) whole lines unless `--width`.
struct RecordWidthOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Columns to fit (default: the terminal's width; whole lines when not a terminal).", valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, !WidthOption.range.contains(width) {
            throw badValue("--width must be 40 to 1000, not \(width)")
        }
    }

    /// The columns to fit; no limit in a pipe.
    var columns: Int { width ?? WidthOption.terminalColumns() ?? Int.max / 4 }
}
