#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A journal month file (`journal/YYYY-MM.jsonl`) changed on both machines: every line either holds,
/// once, less those a prune on either side took out of the ancestor's; ordered by identity (`seq`,
/// then `origin`), the order they can have happened in (a copy numbers a change past every number it
/// has seen), so an undo comes after the change it took back and the newest line has the highest
/// number. `log` shows them by time.
enum SyncJournalMerge {
    static func isMonth(_ path: String) -> Bool {
        StoreLayout.kind(of: path) == .journal && path.hasSuffix(".jsonl") && StoreLayout.isCommittableFile(path)
    }

    struct Line {
        var id: JournalEntry.ID
        var bytes: Data
    }

    static func merge(path: String, base: Data?, ours: Data?, theirs: Data?) throws -> Data? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        let b = try lines(base, path), o = try lines(ours, path), t = try lines(theirs, path)
        let bs = Set(b.map(\.bytes)), os = Set(o.map(\.bytes)), ts = Set(t.map(\.bytes))
        let pruned = bs.subtracting(os).union(bs.subtracting(ts))
        // Each line once; two different lines with one identity (a copy without an origin, which a
        // synced copy always has) are both kept: nothing is lost, and every machine orders them alike.
        var kept: [Line] = []
        var seen = Set<Data>()
        for line in o + t where !pruned.contains(line.bytes) && seen.insert(line.bytes).inserted { kept.append(line) }
        guard !kept.isEmpty else { return nil }
        kept.sort { $0.id != $1.id ? $0.id < $1.id : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var out = Data()
        for line in kept {
            out.append(line.bytes)
            out.append(0x0A)
        }
        return out
    }

    /// Each line's identity; a line that is not a journal entry refuses the merge, naming it.
    static func lines(_ data: Data?, _ path: String) throws -> [Line] {
        guard let data else { return [] }
        var out: [Line] = []
        for (i, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let entry = try Journal.decode(Data(line), file: path, line: i + 1)
            out.append(Line(id: entry.id, bytes: Data(line)))
        }
        return out
    }
}
