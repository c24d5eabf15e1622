@testable import WeekboardCore

extension Store {
    /// Test set-up: writes files as one ordinary change (journalled, all-or-nothing) by "test".
    @discardableResult
    func transaction<T>(_ body: (inout Transaction) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            try apply(
                StoreChange<T>(source: ChangeSource(person: "test", origin: "test")) { tx in
                    ("Test set-up", try body(&tx))
                }
            ).value
        }
    }
}
