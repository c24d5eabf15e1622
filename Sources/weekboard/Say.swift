import Foundation
import WeekboardCore

/// Prints a message for a person on stdout: through the sanitiser, like everything `status` shows,
/// since messages echo names and text from the store.
func say(_ message: String) {
    print(Sanitize.message(message))
}

/// Writes `weekboard: <message>` to stderr, sanitised the same way.
func sayError(_ message: String) {
    Posix.printError("weekboard: \(Sanitize.message(message))\n")
}
