#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension SyncMerge {
    /// Conflicts both machines resolved, differently: one put the other value back (its field changed),
    /// the other kept the shown one (its field untouched), so the field merge takes the change and the
    /// keep would be lost without a word. Each is found again, under an id of its own (so a merge
    /// with either side again finds the same one): the value put back shows, the one kept is the other,
    /// each with who picked it and when.
    static func differentPicks(
        base: SyncTree, ours: SyncTree, theirs: SyncTree, merged: SyncTree, _ oc: SyncChanges, _ tc: SyncChanges
    ) -> [SyncConflict] {
        let b = conflictIDs(base), o = conflictIDs(ours), t = conflictIDs(theirs)
        var found: [SyncConflict] = []
        for c in b.list where !o.ids.contains(c.id) && !t.ids.contains(c.id) {
            guard let mine = pick(c, ours), let their = pick(c, theirs), mine != their,
                fieldValue(c, merged) == c.other.value
            else { continue }
            let (active, passive) = mine == .other ? (oc, tc) : (tc, oc)
            let put = active.latest(file: StoreLayout.conflicts, path: [])
            let kept = passive.latest(file: StoreLayout.conflicts, path: [])
            var again = SyncConflict(
                file: c.file, path: c.path, shown: .init(value: c.other.value, entry: put),
                other: .init(value: c.shown.value, entry: kept))
            again.id = SyncConflict.identity(file: "\(c.file)\npicked", path: c.path, c.shown.value, c.other.value)
            found.append(again)
        }
        return found
    }

    private static func conflictIDs(_ tree: SyncTree) -> (list: [SyncConflict], ids: Set<String>) {
        guard let data = tree.files[StoreLayout.conflicts],
            let list = try? JSONCoding.decode(ConflictList.self, from: data, file: StoreLayout.conflicts)
        else { return ([], []) }
        return (list.conflicts, Set(list.conflicts.map(\.id)))
    }

    /// Which value of `c` a side resolved it to, by what its field holds: nil when neither.
    private static func pick(_ c: SyncConflict, _ tree: SyncTree) -> ConflictPick? {
        let v = fieldValue(c, tree)
        if v == c.other.value { return .other }
        if v == c.shown.value { return .shown }
        return nil
    }

    /// The conflict's field in `tree` (nil: absent, as a removal is).
    private static func fieldValue(_ c: SyncConflict, _ tree: SyncTree) -> JSONValue? {
        // A whole file's absence is a removal; a field's file absent is its kind's empty value.
        let data = c.path.isEmpty ? tree.files[c.file] : tree.files[c.file] ?? StoreLayout.emptyValue(of: c.file)
        guard let data, let file = try? JSONValue.parse(data, file: c.file) else { return nil }
        return c.path.isEmpty ? file : file.value(at: c.path[...])
    }
}
