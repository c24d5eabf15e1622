import Foundation

public extension Store {
    /// Weeks that have a caller file, sorted (for key rotation, which empties them).
    func callerWeeks() -> [ISOWeek] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(StoreLayout.callersFolder).path)) ?? []
        return names.compactMap { $0.hasSuffix(".json") ? ISOWeek.parseID(String($0.dropLast(5))) : nil }.sorted()
    }
}
