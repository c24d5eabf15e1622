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
import WeekboardCore

/// Prints a message for a person on stdout: through the sanitiser, like everything `status` shows,
/// since messages echo names and text from the store.
func say(_ message: String) {
    print(Sanitize.message(message))
}

/// A bad value found while the command line is parsed (`validate()`), where ArgumentParser would
/// turn any error but its own into exit 1: said here as `main()` says an `InputError`, then exit 2.
func badValue(_ message: String) -> ExitCode {
    sayError("error: \(message)")
    return ExitCode(2)
}

/// After a change that was made but whose journal line the disk had no room for (the redo record
/// waits; the next change writes it): says so on stderr. The change stands, so this is no failure.
func noteUnfinishedCommit(_ store: Store) {
    guard store.hasUnfinishedCommit else { return }
    sayError(
        "note: the change is made, but its journal entry could not be written yet (is the disk full?); "
            + "the next change writes it")
}

/// Says on stderr what was set aside so a change could be made (`Committed.notices`).
func sayNotices(_ notices: [String]) {
    for n in notices { sayError("note: \(n)") }
}

/// Writes `weekboard: <message>` to stderr, sanitised the same way.
func sayError(_ message: String) {
    SystemAccess.printError("weekboard: \(Sanitize.message(message))\n")
}

/// Bytes straight to stdout, unbuffered (JSON, exports), as `FileHandle.standardOutput.write` did.
func writeOut(_ data: Data) {
    SystemAccess.writeOutput(data)
}

/// `n` right-aligned in `width` columns (`printf("%4d")`).
func rightAligned(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: " ", count: max(0, width - digits.count)) + digits
}
