#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Store {
    /// Applies what a sync brought in through the store's own all-or-nothing commit, under the lock:
    /// `unchanged` is asked first, under the same lock, and when it says the store changed since the
    /// sync's snapshot nothing is written and false is returned (the sync starts again). No journal
    /// entry of its own: the other machines' entries arrive in the journal files being written.
    func applySynced(
        _ writes: [(path: String, data: Data?)], at now: Date, unchanged: @escaping (Store) throws -> Bool
    ) throws -> Bool {
        var change = StoreChange<Bool>(source: .system, undoable: false, at: now) { tx in
            guard try unchanged(tx.store) else { return ("", false) }
            for (path, data) in writes { tx.writeRaw(path, data) }
            return ("Synced", true)
        }
        change.journalled = false
        return try apply(change).value
    }
}
