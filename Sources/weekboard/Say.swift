import ArgumentParser
import Foundation
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

/// Writes `weekboard: <message>` to stderr, sanitised the same way.
func sayError(_ message: String) {
    Posix.printError("weekboard: \(Sanitize.message(message))\n")
}
