/// A sync that could not be done, in one line for the person (the CLI exits 1; nothing local is lost).
package struct SyncError: Error, CustomStringConvertible, Equatable, Sendable {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
