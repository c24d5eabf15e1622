#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What one side of a sync did since the common ancestor, as its journal tells it: the entries in its
/// month files that the ancestor's do not hold. The merge asks it who last changed a field and when
/// (the later change shows), and which projects were renamed (so a rename meets an update).
struct SyncChanges {
    /// The side's new entries, oldest first.
    let entries: [JournalEntry]

    init(entries: [JournalEntry]) {
        self.entries = entries.sorted { ($0.at, $0.seq, $0.origin ?? "") < ($1.at, $1.seq, $1.origin ?? "") }
    }

    /// The entries of `side`'s journal that `base`'s does not hold (lines compared byte for byte, so
    /// only new lines are decoded). A line that is not an entry is left to the journal merge to refuse.
    init(side: SyncTree, base: SyncTree) {
        var known = Set<Data>()
        for (path, data) in base.files where SyncJournalMerge.isMonth(path) {
            for line in data.split(separator: 0x0A) { known.insert(Data(line)) }
        }
        var out: [JournalEntry] = []
        for (path, data) in side.files where SyncJournalMerge.isMonth(path) && base.files[path] != data {
            for line in data.split(separator: 0x0A) where !known.contains(Data(line)) {
                if let e = try? Journal.decode(Data(line), file: path, line: 0) { out.append(e) }
            }
        }
        self.init(entries: out)
    }

    /// The newest entry that changed `path` of `file` (a field inside it, or one it lies in), else the
    /// newest that wrote or removed the file; nil when the journal does not say.
    func latest(file: String, path: [PathStep]) -> JournalEntry? {
        if let e = entries.last(where: { $0.fields?.contains { $0.file == file && $0.path.overlaps(path) } == true }) {
            return e
        }
        return entries.last { $0.written.contains(file) || $0.removed.contains(file) }
    }

    /// The first entry whose change to the list at `list` (or to a field holding it) left `element` in
    /// it: when this side added the element, to put elements new on both sides in the order they came.
    func added(_ element: JSONValue, file: String, list: [PathStep]) -> JournalEntry? {
        entries.first { e in
            e.fields?.contains { f in f.file == file && f.path.overlaps(list) && (f.after?.holds(element) ?? false) }
                == true
        } ?? latest(file: file, path: list)
    }

    /// Projects this side renamed, old name → newest name (a rename of a rename followed through;
    /// one renamed back is left out).
    var renames: [String: String] {
        Self.chained(entries.compactMap(\.projectRename))
    }

    /// Elements of the list at `list` in `file` that this side edited in place (the journal names an
    /// edit by the element's position, with its text before and after: a note edited), old → newest, in
    /// `SyncIdentity.key(.whole)` spelling, so an edited element keeps its ancestor's identity.
    func edits(file: String, list: [PathStep]) -> [String: String] {
        var pairs: [(from: String, to: String)] = []
        for e in entries {
            for f in e.fields ?? [] where f.file == file && f.path.dropLast().elementsEqual(list) {
                guard case .index = f.path.last, let before = f.before, let after = f.after else { continue }
                pairs.append((SyncCanonical.text(before), SyncCanonical.text(after)))
            }
        }
        return Self.chained(pairs)
    }

    /// Changes of name in the order made, old → newest (one of one followed through; one changed back
    /// left out).
    private static func chained(_ changes: [(from: String, to: String)]) -> [String: String] {
        var map: [String: String] = [:]
        for r in changes {
            if let from = map.first(where: { $0.value == r.from })?.key { map[from] = r.to } else { map[r.from] = r.to }
        }
        return map.filter { $0.key != $0.value }
    }
}

extension JSONValue {
    /// True when `v` is this value or one inside it.
    func holds(_ v: JSONValue) -> Bool {
        if self == v { return true }
        switch self {
        case .array(let a): return a.contains { $0.holds(v) }
        case .object(let o): return o.values.contains { $0.holds(v) }
        default: return false
        }
    }
}
