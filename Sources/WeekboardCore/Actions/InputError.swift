/// A bad value from the user (command line or dashboard): nothing is written. (Not named
/// `InputError`, which ArgumentParser's commands also see.)
package struct InputError: Error, Equatable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
