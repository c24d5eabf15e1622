#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A service's weekly figure changed on both machines (`contacts/<week>.json`). Contacts imported one
/// by one are counted from caller-level data that never leaves its machine, so the merge cannot
/// match contact to contact; it goes by what each side's import added:
/// - the same count on both sides (the same export imported on both machines): counted once;
/// - different counts (different exports): both added to the ancestor's.
/// An export imported on one machine and a larger one holding it on the other counts their overlap
/// twice: import each export on one machine. The figure's sums (`channels` from `imported` and
/// `recorded`, `total` from `channels`) are then worked out again, so they can never disagree, and a
/// conflict is kept only for a figure a person recorded (a recorded total, a recorded channel).
enum SyncContactsMerge {
    /// Counts of imported contacts, added together when the two sides' imports differ.
    static let additive = ["answered", "abandoned", "identified", "callingAgain"]

    static func settle(
        _ out: inout [String: JSONValue], _ found: inout [MergeFinding], base: [String: JSONValue],
        ours: [String: JSONValue], theirs: [String: JSONValue]
    ) {
        let importedOnBoth =
            ours["imported"] != base["imported"] && theirs["imported"] != base["imported"]
            && ours["recorded"] == base["recorded"] && theirs["recorded"] == base["recorded"]
        if importedOnBoth {
            let b = counts(base["imported"]), o = counts(ours["imported"]), t = counts(theirs["imported"])
            var imported: [String: JSONValue] = [:]
            for channel in Set(b.keys).union(o.keys).union(t.keys) {
                imported[channel] = .int(combine(b[channel], o[channel], t[channel]))
            }
            out["imported"] = .object(imported)
            for key in additive where ours[key] != nil || theirs[key] != nil {
                out[key] = .int(combine(base[key]?.int, ours[key]?.int, theirs[key]?.int))
            }
            found.removeAll { f in
                guard case .key(let k)? = f.path.first else { return false }
                return k == "imported" || k == "handledMedian" || additive.contains(k)
            }
        }
        // Sums are worked out, never picked: a total that is its channels' sum is not a conflict.
        if case .object(let imported)? = out["imported"] {
            let recorded = mergedRecorded(out, base: base, ours: ours, theirs: theirs)
            out["recorded"] = recorded.isEmpty ? nil : .object(recorded.mapValues(JSONValue.int))
            var channels = imported
            channels.merge(recorded.mapValues(JSONValue.int)) { _, r in r }
            out["channels"] = .object(channels)
            found.removeAll { $0.path.first == .key("channels") }
        }
        if case .object(let channels)? = out["channels"] {
            out["total"] = .int(channels.values.compactMap(\.int).reduce(0, +))
            found.removeAll { $0.path.first == .key("total") }
        }
    }

    /// The channels a person recorded, three ways: a figure only recorded keeps them in `channels`
    /// (it has no `imported`), one mixed with imports in `recorded`. Where both sides recorded a channel
    /// differently the field merge has already picked (and kept the other as a conflict).
    private static func mergedRecorded(
        _ out: [String: JSONValue], base: [String: JSONValue], ours: [String: JSONValue], theirs: [String: JSONValue]
    ) -> [String: Int] {
        func recorded(_ c: [String: JSONValue]) -> [String: Int] {
            c["recorded"] != nil ? counts(c["recorded"]) : c["imported"] == nil ? counts(c["channels"]) : [:]
        }
        let b = recorded(base), o = recorded(ours), t = recorded(theirs), picked = counts(out["channels"])
        var merged: [String: Int] = [:]
        for channel in Set(b.keys).union(o.keys).union(t.keys) {
            let (x, y, z) = (b[channel], o[channel], t[channel])
            merged[channel] = y == z ? y : y == x ? z : z == x ? y : picked[channel] ?? y ?? z
        }
        return merged
    }

    /// The ancestor's count plus what each side added, counting a change made the same on both once.
    private static func combine(_ b: Int?, _ o: Int?, _ t: Int?) -> Int {
        let base = b ?? 0, ours = o ?? 0, theirs = t ?? 0
        if ours == theirs { return ours }
        return max(0, min(WeeklyCount.maxCount, ours + theirs - base))
    }

    private static func counts(_ v: JSONValue?) -> [String: Int] {
        guard case .object(let o)? = v else { return [:] }
        return o.compactMapValues(\.int)
    }
}

extension JSONValue {
    var int: Int? { if case .int(let i) = self { return i } else { return nil } }
}
