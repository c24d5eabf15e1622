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
        for week in try callerWeeksHeld() {
            if let callers = try readCallerWeek(week).services[service] { kept.formUnion(callers.callers.keys) }
        }
        let before = all.entries.count
        all.entries.removeAll { $0.service == service && !kept.contains($0.token) }
        guard all.entries.count < before else { return 0 }
        try write(StoreFiles.followUps, all)
        return before - all.entries.count
    }

    /// After undo or redo staged `fields`: removes, for each service whose callers they changed in a week's
    /// caller data, the follow-ups of callers no week holds for it any more (an import undone, a removal
    /// redone), so none is left naming a caller who is gone. Returns how many went.
    mutating func dropFollowUpsOfRemovedCallers(changedBy fields: [FieldChange]) throws -> Int {
        var services = Set<String>()
        for f in fields {
            guard let kind = StoreFilePath(f.file)?.kind, kind == .callerWeek || kind == .callerShard else { continue }
            switch (f.path.first, f.path.dropFirst().first) {
            case (.key("services")?, .key(let name)?): services.insert(name)
            case (.key("services")?, nil): services.formUnion([f.before, f.after].flatMap(Self.serviceNames))
            case (nil, _):
                let lists = [f.before, f.after].map { $0?.value(at: [.key("services")][...]) }
                services.formUnion(lists.flatMap(Self.serviceNames))
            default: continue
            }
        }
        var dropped = 0
        for service in services.sorted() { dropped += try dropFollowUpsOfRemovedCallers(service: service) }
        return dropped
    }

    /// The weeks with caller data as this change leaves them: on disk or staged (a redo puts a week back),
    /// less those it removes.
    private func callerWeeksHeld() throws -> [ISOWeek] {
        var weeks = Set(store.callerWeeks())
        for s in staged where s.data != nil {
            guard let p = StoreFilePath(s.path), p.kind == .callerWeek || p.kind == .callerShard else { continue }
            if let week = p.parts.week { weeks.insert(week) }
        }
        return try weeks.sorted().filter { week in
            try readData(StoreFiles.callers(week).path) != nil
                || readData(StoreFiles.callerShard(week, CallerWeek.shardNames[0]).path) != nil
        }
    }

    /// The keys of a caller week's `services` object.
    private static func serviceNames(_ services: JSONValue?) -> [String] {
        if case .object(let o)? = services { Array(o.keys) } else { [] }
    }
}
