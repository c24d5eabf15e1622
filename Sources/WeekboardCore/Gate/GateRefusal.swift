/// Why the gate will not run a command: one line for stderr.
package struct GateRefusal: Error, Equatable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
