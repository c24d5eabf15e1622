#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The three-way merge of one JSON store file against the common ancestor, field by field: a field
/// changed on one side only takes that side; lists merge by the identity `SyncIdentity` gives them;
/// a field changed differently on both takes the later change by the journal's time and is found
/// (`MergeFinding`) for conflicts.json.
struct SyncJSONMerge {
    let file: String
    let kind: SyncIdentity.FileKind
    let ours: SyncChanges
    let theirs: SyncChanges

    init(file: String, ours: SyncChanges, theirs: SyncChanges) {
        self.file = file
        self.kind = SyncIdentity.FileKind(path: file)
        self.ours = ours
        self.theirs = theirs
    }

    /// Where a value is: its object keys from the root (`[]` for a list element), for the rules; and
    /// the path the journal would name it by on each side (projects by the name each side gave them),
    /// which stops at an element the journal names only by position.
    struct Place {
        var keys: [String] = []
        var ours: [PathStep] = []
        var theirs: [PathStep] = []
        var exact = true

        func key(_ k: String) -> Place {
            var p = self
            p.keys.append(k)
            if exact {
                p.ours.append(.key(k))
                p.theirs.append(.key(k))
            }
            return p
        }

        func element(ours o: String?, theirs t: String?) -> Place {
            var p = self
            p.keys.append("[]")
            if exact, let o, let t {
                p.ours.append(.named(o))
                p.theirs.append(.named(t))
            } else {
                p.exact = false
            }
            return p
        }
    }

    func merge(_ b: JSONValue?, _ o: JSONValue?, _ t: JSONValue?, _ at: Place) -> (JSONValue?, [MergeFinding]) {
        if o == t { return (o, []) }
        if o == b { return (t, []) }
        if t == b { return (o, []) }
        if let rule = SyncIdentity.silent(kind, at.keys) { return (silent(rule, o, t, at), []) }
        switch (o, t) {
        case (.object(let oo)?, .object(let tt)?):
            var bb: [String: JSONValue] = [:]
            if case .object(let x)? = b { bb = x }
            var (out, found) = mergeObject(bb, oo, tt, at)
            if kind == .contacts, at.keys.count == 2, at.keys[0] == "services" {
                SyncContactsMerge.settle(&out, &found, base: bb, ours: oo, theirs: tt)
            }
            if kind == .board, at.keys == ["projects", "[]"] { Self.keepNoteOfUpdates(out, &found) }
            return (.object(out), found)
        case (.array(let oa)?, .array(let ta)?):
            var ba: [JSONValue] = []
            if case .array(let x)? = b { ba = x }
            return mergeList(b, ba, oa, ta, at)
        default:
            return conflict(o, t, at)
        }
    }

    /// A status update sets its project's note too: when both machines updated a project, the note
    /// follows the later update, and the other note is not a conflict while its update keeps it.
    private static func keepNoteOfUpdates(_ project: [String: JSONValue], _ found: inout [MergeFinding]) {
        guard case .array(let history)? = project["history"] else { return }
        let notes = history.compactMap { u -> JSONValue? in if case .object(let o) = u { o["note"] } else { nil } }
        found.removeAll { f in f.path == [.key("note")] && f.other.value.map { notes.contains($0) } ?? false }
    }

    private func mergeObject(
        _ bb: [String: JSONValue], _ oo: [String: JSONValue], _ tt: [String: JSONValue], _ at: Place
    ) -> ([String: JSONValue], [MergeFinding]) {
        var oo = oo, tt = tt
        // board-history keeps updates under the project's name: follow a rename made on either side.
        if SyncIdentity.followsRenames(kind, at.keys) {
            oo = renamedBack(oo, ours.renames, base: bb)
            tt = renamedBack(tt, theirs.renames, base: bb)
        }
        var out: [String: JSONValue] = [:], found: [MergeFinding] = []
        for k in Set(bb.keys).union(oo.keys).union(tt.keys).sorted() {
            let (v, f) = merge(bb[k], oo[k], tt[k], at.key(k))
            let name = renamedName(k, base: bb)
            if let v { out[name] = v }
            found += f.map { $0.prefixed(.key(name)) }
        }
        return (out, found)
    }

    private func renamedBack(
        _ side: [String: JSONValue], _ renames: [String: String], base: [String: JSONValue]
    ) -> [String: JSONValue] {
        var side = side
        for (from, to) in renames where base[from] != nil && base[to] == nil && side[from] == nil {
            if let v = side.removeValue(forKey: to) { side[from] = v }
        }
        return side
    }

    /// The name a board-history key ends up with: the new name when one side renamed the project.
    private func renamedName(_ k: String, base: [String: JSONValue]) -> String {
        guard kind == .boardHistory, base[k] != nil else { return k }
        return ours.renames[k] ?? theirs.renames[k] ?? k
    }

    /// The same field changed differently on the two sides: the later change shows, by the journal's
    /// time; the same second (the journal's resolution) goes to the change from the greater copy
    /// (`origin`, then `seq`), the same for every field, so one machine's changes win whole; without a
    /// journal entry (a change made outside it) the two values in their one spelling decide, so every
    /// machine picks the same one.
    func conflict(_ o: JSONValue?, _ t: JSONValue?, _ at: Place) -> (JSONValue?, [MergeFinding]) {
        let oe = ours.latest(file: file, path: at.ours), te = theirs.latest(file: file, path: at.theirs)
        let oursShows = Self.later(oe, te, o, t)
        func side(_ v: JSONValue?, _ e: JournalEntry?) -> SyncConflict.Side { SyncConflict.Side(value: v, entry: e) }
        let shown = oursShows ? side(o, oe) : side(t, te), other = oursShows ? side(t, te) : side(o, oe)
        return (oursShows ? o : t, [MergeFinding(path: [], shown: shown, other: other)])
    }

    static func later(_ a: JournalEntry?, _ b: JournalEntry?, _ x: JSONValue?, _ y: JSONValue?) -> Bool {
        switch (a, b) {
        case let (a?, b?) where a.at != b.at: return a.at > b.at
        case let (a?, b?) where a.origin != b.origin || a.seq != b.seq:
            return (a.origin ?? "", a.seq) > (b.origin ?? "", b.seq)
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (x.map(SyncCanonical.text) ?? "") > (y.map(SyncCanonical.text) ?? "")
        }
    }

    private func silent(_ rule: SyncIdentity.Silent, _ o: JSONValue?, _ t: JSONValue?, _ at: Place) -> JSONValue? {
        guard let o else { return t }
        guard let t else { return o }
        switch rule {
        case .greatest: return SyncCanonical.text(o) >= SyncCanonical.text(t) ? o : t
        case .later: return conflict(o, t, at).0
        }
    }
}
