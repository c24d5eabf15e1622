#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// Applies one OKR change as one store change: lock, re-read `okrs.json`, apply, journal, commit.
    /// Throws (and writes nothing) on bad input or a malformed file.
    @discardableResult
    func perform(_ change: OKRChange, now: Date, source: ChangeSource) throws -> ActionOutcome {
        if !exists { try create(now: now, source: source) }
        let committed = try apply(
            StoreChange<Void>(source: source, at: now) { tx in
                var set = try tx.read(StoreFiles.okrs)
                let m = try set.apply(change, now: now)
                try tx.write(StoreFiles.okrs, set)
                return (m.hasSuffix(".") ? String(m.dropLast()) : m, ())
            })
        return ActionOutcome(message: committed.summary + ".", entry: committed.entry)
    }
}
