#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A service's weekly figure changed on both machines (`contacts/<week>.json`). Contacts imported one
/// by one are counted from caller-level data that never leaves its machine, so the merge cannot match
/// contact to contact; it goes by each import's identity (`imports`, a digest of the contacts it added):
/// the field merge has already taken the union of both sides' imports by identity (the same export
/// imported on both machines is one entry; one undone on either side is gone), and the imported counts
/// are worked out from them again. Counts imported before imports had an identity are one lump per
/// channel, merged three ways: a lump changed on both sides adds both changes, so nothing is lost.
/// Two *different* exports that overlap, imported on two machines, count their overlap twice: import
/// each export on one machine. The figure's sums (`channels` from `imported` and `recorded`, `total`
/// from `channels`) are then worked out again, so they can never disagree, and a conflict is kept only
/// for a figure a person recorded (a recorded total, a recorded channel).
enum SyncContactsMerge {
    /// Counts of imported contacts, added together when the two sides imported different things.
    static let additive = ["answered", "abandoned", "identified", "callingAgain"]

    static func settle(
        _ out: inout [String: JSONValue], _ found: inout [MergeFinding], base: [String: JSONValue],
        ours: [String: JSONValue], theirs: [String: JSONValue]
    ) {
        let importedOnBoth = ours["imported"] != base["imported"] && theirs["imported"] != base["imported"]
        if importedOnBoth {
            let b = Imports(base), o = Imports(ours), t = Imports(theirs)
            var imported = threeWay(b.lump, o.lump, t.lump)
            for counts in Imports.entries(out["imports"]).values { imported.merge(counts, uniquingKeysWith: +) }
            imported = imported.mapValues { min($0, WeeklyCount.maxCount) }.filter { $0.value > 0 }
            out["imported"] = imported.isEmpty ? nil : .object(imported.mapValues(JSONValue.int))
            if out["imported"] == nil { out["imports"] = nil }
            let covered = (ours: o.isCovered(by: t, base: b), theirs: t.isCovered(by: o, base: b))
            for key in additive + ["handledMedian"] where ours[key] != nil || theirs[key] != nil {
                out[key] = measure(key, base[key], ours[key], theirs[key], covered)
            }
            if let again = out["callingAgain"]?.int {
                out["callingAgain"] = out["identified"]?.int.map { .int(min(again, $0)) }
            }
            found.removeAll { f in
                guard case .key(let k)? = f.path.first else { return false }
                return ["imported", "imports", "handledMedian"].contains(k) || additive.contains(k)
            }
        }
        // Sums are worked out, never picked: a total that is its channels' sum is not a conflict. A
        // figure with imported contacts and no channels has a total recorded for the whole service.
        if importedOnBoth || out["imported"] != nil, out["channels"] != nil || out["imported"] == nil {
            let imported = Imports.counts(out["imported"])
            let recorded = mergedRecorded(out, base: base, ours: ours, theirs: theirs)
            out["recorded"] = recorded.isEmpty || imported.isEmpty ? nil : .object(recorded.mapValues(JSONValue.int))
            let channels = imported.merging(recorded) { _, r in r }
            out["channels"] = channels.isEmpty ? nil : .object(channels.mapValues(JSONValue.int))
            found.removeAll { $0.path.first == .key("channels") }
        }
        if case .object(let channels)? = out["channels"] {
            out["total"] = .int(channels.values.compactMap(\.int).reduce(0, +))
            found.removeAll { $0.path.first == .key("total") }
        }
    }

    /// A measure of imported contacts both sides changed: the value of the side whose imports include
    /// the other's; otherwise counts are added (different imports), and a median, which cannot be worked
    /// out from two different medians, is dropped. The same imports on both sides keep the larger count.
    private static func measure(
        _ key: String, _ x: JSONValue?, _ y: JSONValue?, _ z: JSONValue?, _ covered: (ours: Bool, theirs: Bool)
    ) -> JSONValue? {
        if y == x { return z }
        if z == x { return y }
        let (b, o, t) = (x?.int ?? 0, y?.int ?? 0, z?.int ?? 0)
        switch covered {
        case (true, false): return z
        case (false, true): return y
        case _ where key == "handledMedian": return y == z ? y : nil
        case (true, true): return .int(max(o, t))
        case (false, false): return .int(max(0, min(WeeklyCount.maxCount, o + t - b)))
        }
    }

    /// The channels a person recorded, three ways: a figure only recorded keeps them in `channels`
    /// (it has no `imported`), one mixed with imports in `recorded`. Where both sides recorded a channel
    /// differently the field merge has already picked (and kept the other as a conflict).
    private static func mergedRecorded(
        _ out: [String: JSONValue], base: [String: JSONValue], ours: [String: JSONValue], theirs: [String: JSONValue]
    ) -> [String: Int] {
        func recorded(_ c: [String: JSONValue]) -> [String: Int] {
            c["recorded"] != nil
                ? Imports.counts(c["recorded"]) : c["imported"] == nil ? Imports.counts(c["channels"]) : [:]
        }
        let b = recorded(base), o = recorded(ours), t = recorded(theirs), picked = Imports.counts(out["channels"])
        var merged: [String: Int] = [:]
        for channel in Set(b.keys).union(o.keys).union(t.keys) {
            let (x, y, z) = (b[channel], o[channel], t[channel])
            merged[channel] = y == z ? y : y == x ? z : z == x ? y : picked[channel] ?? y ?? z
        }
        return merged
    }

    /// Per channel: one side's change where only one changed, both changes added where both did.
    private static func threeWay(_ b: [String: Int], _ o: [String: Int], _ t: [String: Int]) -> [String: Int] {
        var out: [String: Int] = [:]
        for channel in Set(b.keys).union(o.keys).union(t.keys) {
            let (x, y, z) = (b[channel] ?? 0, o[channel] ?? 0, t[channel] ?? 0)
            out[channel] = y == z || z == x ? y : y == x ? z : max(0, y + z - x)
        }
        return out
    }

    /// One side's imported contacts: the imports with an identity, and the lump without one.
    private struct Imports {
        let entries: [String: [String: Int]]
        let lump: [String: Int]

        init(_ figure: [String: JSONValue]) {
            entries = Self.entries(figure["imports"])
            var lump = Self.counts(figure["imported"])
            for counts in entries.values { for (channel, n) in counts { lump[channel, default: 0] -= n } }
            self.lump = lump.filter { $0.value > 0 }
        }

        /// True when this side's change to the imports is part of `other`'s: its lump unchanged, and every
        /// import it added or took back added or taken back there too (the same export on both machines).
        func isCovered(by other: Imports, base: Imports) -> Bool {
            let added = Set(entries.keys).subtracting(base.entries.keys)
            let gone = Set(base.entries.keys).subtracting(entries.keys)
            return lump == base.lump && added.isSubset(of: Set(other.entries.keys).subtracting(base.entries.keys))
                && gone.isSubset(of: Set(base.entries.keys).subtracting(other.entries.keys))
        }

        static func entries(_ v: JSONValue?) -> [String: [String: Int]] {
            guard case .object(let o)? = v else { return [:] }
            return o.mapValues(counts)
        }

        static func counts(_ v: JSONValue?) -> [String: Int] {
            guard case .object(let o)? = v else { return [:] }
            return o.compactMapValues(\.int)
        }
    }
}

extension JSONValue {
    var int: Int? { if case .int(let i) = self { return i } else { return nil } }
}
