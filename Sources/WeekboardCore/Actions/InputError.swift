/// A bad value from the user (command line or dashboard): nothing is written. (Not named
/// `InputError`, which ArgumentParser's commands also see.)
public struct InputError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
