#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Follow-ups name a caller by token and service, so they follow the callers in the same change (one
/// journal entry: undo brings both back): renamed with the service, and gone when the callers are.
extension Transaction {
    /// The follow-ups of `from` are `into`'s now. Where a caller has one with both, the one whose state
    /// changed later is kept (`into`'s on the same day).
    mutating func moveFollowUps(from: String, into: String) throws {
        guard store.has(StoreFiles.followUps) else { return }
        var all = try read(StoreFiles.followUps)
        let moving = all.entries.filter { $0.service == from }
        guard !moving.isEmpty else { return }
        all.entries.removeAll { $0.service == from }
        for var f in moving {
            f.service = into
            if let kept = all.entry(token: f.token, service: into), kept.changed >= f.changed { continue }
            all.set(f)
        }
        try write(StoreFiles.followUps, all)
    }

    /// Removes the follow-ups with `service` of callers no week's caller data holds for it any more (call
    /// after staging the removal). Returns how many went.
    @discardableResult
    mutating func dropFollowUpsOfRemovedCallers(service: String) throws -> Int {
        guard store.has(StoreFiles.followUps) else { return 0 }
        var all = try read(StoreFiles.followUps)
        guard all.entries.contains(where: { $0.service == service }) else { return 0 }
        var kept = Set<String>()
        for week in store.callerWeeks() where store.hasCallers(week) {
            if let callers = try readCallerWeek(week).services[service] { kept.formUnion(callers.callers.keys) }
        }
        let before = all.entries.count
        all.entries.removeAll { $0.service == service && !kept.contains($0.token) }
        guard all.entries.count < before else { return 0 }
        try write(StoreFiles.followUps, all)
        return before - all.entries.count
    }
}
