#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension SyncJSONMerge {
    func mergeList(
        _ b: JSONValue?, _ ba: [JSONValue], _ oa: [JSONValue], _ ta: [JSONValue], _ at: Place
    ) -> (JSONValue?, [MergeFinding]) {
        switch SyncIdentity.list(kind, at.keys, sample: [ba, oa, ta]) {
        case .whole:
            return conflict(.array(oa), .array(ta), at)
        case .set:
            let bs = Set(ba.compactMap(\.stringValue)), os = Set(oa.compactMap(\.stringValue))
            let ts = Set(ta.compactMap(\.stringValue))
            let kept = bs.union(os).union(ts).subtracting(bs.subtracting(os)).subtracting(bs.subtracting(ts))
            return (.array(kept.sorted().map(JSONValue.string)), [])
        case .positional:
            guard oa.count == ta.count, ba.count == oa.count || b == nil else {
                return conflict(.array(oa), .array(ta), at)
            }
            var out: [JSONValue] = [], found: [MergeFinding] = []
            for i in oa.indices {
                let (v, f) = merge(
                    ba.indices.contains(i) ? ba[i] : nil, oa[i], ta[i], at.element(ours: nil, theirs: nil))
                out.append(v ?? .null)
                found += f.map { $0.prefixed(.index(i)) }
            }
            return (.array(out), found)
        case .identity(let key, let order):
            let (items, found) = mergeByIdentity(ba, oa, ta, key, order, at)
            return (.array(items), found)
        case .versions:
            return mergeVersions(ba, oa, ta, at)
        }
    }

    /// One element of a merged list, with what orders it.
    private struct Item {
        var value: JSONValue
        var date: String
        /// Its place in the ancestor; nil for an element new on either side.
        var baseIndex: Int?
        /// When the journal says it was added (new elements), and its place on the side that added it.
        var added: Date
        var sideIndex: Int
        var text: String
        var found: [MergeFinding]
    }

    /// Elements matched by identity (a repeated identity is told apart by its occurrence), each merged
    /// three ways; removed on one side and untouched on the other: gone; then in `order`.
    func mergeByIdentity(
        _ ba: [JSONValue], _ oa: [JSONValue], _ ta: [JSONValue], _ key: SyncIdentity.Key,
        _ order: SyncIdentity.Order, _ at: Place
    ) -> ([JSONValue], [MergeFinding]) {
        let bk = keyed(ba, key), baseIDs = Set(bk.map(\.id))
        let ok = keyed(oa, key, renames: changedNames(ours, at.keys, at.ours), base: baseIDs)
        let tk = keyed(ta, key, renames: changedNames(theirs, at.keys, at.theirs), base: baseIDs)
        let bm = Dictionary(bk.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        let om = Dictionary(ok.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        let tm = Dictionary(tk.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        let bIndex = Dictionary(bk.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oIndex = Dictionary(ok.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tIndex = Dictionary(tk.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids: [String] = bk.map(\.id)
        var seen = Set(ids)
        for id in ok.map(\.id) + tk.map(\.id) where seen.insert(id).inserted { ids.append(id) }

        var items: [Item] = [], gone: [MergeFinding] = []
        for id in ids {
            let b = bm[id], o = om[id], t = tm[id]
            let place = at.element(ours: name(o ?? b, key), theirs: name(t ?? b, key))
            let (v, f) = merge(b, o, t, place)
            guard let v else {
                // Removed on one side and changed on the other, the removal later: the change is kept to pick.
                let step = name(b ?? o ?? t, key).map(PathStep.named) ?? .index(bIndex[id] ?? 0)
                gone += f.map { $0.prefixed(step) }
                continue
            }
            var added = Date.distantPast, sideIndex = 0
            if bIndex[id] == nil {
                let times = [
                    o.flatMap { ours.added($0, file: file, list: at.ours)?.at },
                    t.flatMap { theirs.added($0, file: file, list: at.theirs)?.at },
                ].compactMap { $0 }
                added = times.min() ?? .distantPast
                sideIndex = oIndex[id] ?? tIndex[id] ?? 0
            }
            items.append(
                Item(
                    value: v, date: SyncIdentity.date(of: v, order), baseIndex: bIndex[id], added: added,
                    sideIndex: sideIndex, text: SyncCanonical.text(v), found: f))
        }
        items.sort { x, y in
            if x.date != y.date { return x.date < y.date }
            switch (x.baseIndex, y.baseIndex) {
            case let (a?, b?): return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (x.added, x.sideIndex, x.text) < (y.added, y.sideIndex, y.text)
            }
        }
        var found = gone
        for (i, item) in items.enumerated() {
            let step: PathStep = name(item.value, key).map(PathStep.named) ?? .index(i)
            found += item.found.map { $0.prefixed(step) }
        }
        return (items.map(\.value), found)
    }

    /// A RAID item's (or ratings') versions: every version either side recorded, by date; when the two
    /// sides' latest versions differ, one more version merges them field by field, so the item stands
    /// as both changes left it (a risk closed on one machine and given a new owner on the other is both).
    func mergeVersions(
        _ ba: [JSONValue], _ oa: [JSONValue], _ ta: [JSONValue], _ at: Place
    ) -> (JSONValue?, [MergeFinding]) {
        var (list, _) = mergeByIdentity(ba, oa, ta, .whole, .byDate, at)
        let (now, found) = merge(ba.last, oa.last, ta.last, at.element(ours: nil, theirs: nil))
        guard let now else { return (.array(list), []) }
        // Idempotent: merging a merged list again finds the same version and keeps it last.
        list.removeAll { $0 == now }
        list.append(now)
        return (.array(list), found.map { $0.prefixed(.index(list.count - 1)) })
    }

    /// What one side renamed in the list at `keys` (old → new identity): projects it renamed, notes it
    /// edited; nothing for other lists.
    private func changedNames(_ side: SyncChanges, _ keys: [String], _ path: [PathStep]) -> [String: String] {
        if SyncIdentity.followsRenames(kind, keys) { return side.renames }
        if SyncIdentity.followsEdits(kind, keys) { return side.edits(file: file, list: path) }
        return [:]
    }

    /// Elements with their identity; `renames` (old → new name) gives a project renamed on this side
    /// its ancestor's identity, so the rename and the other side's changes meet.
    private func keyed(
        _ list: [JSONValue], _ key: SyncIdentity.Key, renames: [String: String] = [:], base: Set<String> = []
    ) -> [(id: String, value: JSONValue)] {
        var back: [String: String] = [:]
        for (from, to) in renames where base.contains(from) && !base.contains(to) { back[to] = from }
        var count: [String: Int] = [:]
        return list.map { v in
            var id = SyncIdentity.key(key, of: v)
            if let old = back[id] { id = old }
            count[id, default: 0] += 1
            return (count[id]! == 1 ? id : "\(id)\u{0}\(count[id]!)", v)
        }
    }

    private func name(_ v: JSONValue?, _ key: SyncIdentity.Key) -> String? {
        guard case .field("name") = key, case .object(let o)? = v else { return nil }
        return o["name"]?.stringValue
    }
}
