#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// Weeks that have a caller file, sorted (for key rotation, which empties them).
    func callerWeeks() -> [ISOWeek] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(StoreLayout.callersFolder).path)) ?? []
        // `2026-W48.json`, or the folder `2026-W48` of a week kept in shards.
        let weeks = names.compactMap { ISOWeek.parseID($0.hasSuffix(".json") ? String($0.dropLast(5)) : $0) }
        return Set(weeks).sorted()
    }
}
