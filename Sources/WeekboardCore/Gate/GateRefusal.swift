/// Why the gate will not run a command: one line for stderr.
public struct GateRefusal: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
