#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Merges this machine's files with the remote's against their common ancestor, file by file
/// (docs/store-format.md, "Sync", "Merging"). Pure: it reads only the three trees.
package enum SyncMerge {
    /// A file changed on one side only is taken from that side; one changed the same way on both is
    /// taken once; one changed differently on both is merged: a journal month by entry, any other file
    /// field by field (`SyncJSONMerge`), the later change showing where both changed the same field and
    /// the other kept in `conflicts.json`. Every file the merge would change here is checked as the
    /// store checks it; one that would not be valid refuses the whole merge, saying why.
    package static func merge(base: SyncTree, ours: SyncTree, theirs: SyncTree) throws -> SyncTreeMerge {
        let oursChanges = SyncChanges(side: ours, base: base), theirsChanges = SyncChanges(side: theirs, base: base)
        var merged = SyncTree()
        var found: [SyncConflict] = []
        var conflictedPaths: [String] = []
        let paths = Set(base.files.keys).union(ours.files.keys).union(theirs.files.keys)
        for path in paths.sorted() where path != StoreLayout.conflicts {
            let b = base.files[path], o = ours.files[path], t = theirs.files[path]
            let result: Data?
            if o == t {
                result = o
            } else if o == b {
                result = t
            } else if t == b {
                result = o
            } else if SyncJournalMerge.isMonth(path) {
                result = try SyncJournalMerge.merge(path: path, base: b, ours: o, theirs: t)
            } else {
                let file = SyncJSONMerge(file: path, ours: oursChanges, theirs: theirsChanges)
                let (data, conflicts) = try mergeFile(path, b, o, t, file)
                result = data
                if !conflicts.isEmpty { conflictedPaths.append(path) }
                found += conflicts
            }
            if let result { merged.files[path] = result }
        }
        // A conflict the two machines resolved differently is shown again, not lost to the field merge.
        let picks = differentPicks(
            base: base, ours: ours, theirs: theirs, merged: merged, oursChanges, theirsChanges)
        for c in picks where !conflictedPaths.contains(c.file) { conflictedPaths.append(c.file) }
        found += picks
        let (list, new) = try mergeConflicts(base, ours, theirs, found, oursChanges, theirsChanges)
        if let list { merged.files[StoreLayout.conflicts] = list }
        for (path, data) in merged.files.sorted(by: { $0.key < $1.key }) where data != ours.files[path] {
            try check(path, data)
        }
        return SyncTreeMerge(tree: merged, conflictedPaths: conflictedPaths, conflicts: new)
    }

    /// One JSON file three ways; an absent file is its kind's empty value (as the journal diffs it), and
    /// a file merged back to that value is removed.
    private static func mergeFile(
        _ path: String, _ b: Data?, _ o: Data?, _ t: Data?, _ merge: SyncJSONMerge
    ) throws -> (Data?, [SyncConflict]) {
        let empty = try StoreLayout.emptyValue(of: path).map { try JSONValue.parse($0, file: path) }
        func value(_ d: Data?) throws -> JSONValue? {
            guard let d else { return empty }
            do { return try JSONValue.parse(d, file: path) } catch {
                throw InputError("cannot merge \(Sanitize.text(path)): \(error). Nothing was changed.")
            }
        }
        let (v, findings) = merge.merge(try value(b), try value(o), try value(t), SyncJSONMerge.Place())
        let conflicts = findings.map { SyncConflict(file: path, path: $0.path, shown: $0.shown, other: $0.other) }
        guard let v, v != empty, v != .object([:]) else { return (nil, conflicts) }
        return (try JSONCoding.encode(v), conflicts)
    }

    /// conflicts.json merged by each conflict's id (one resolved on either side stays resolved), with
    /// the conflicts this merge found added once each. Returns the file and the conflicts new to it.
    private static func mergeConflicts(
        _ base: SyncTree, _ ours: SyncTree, _ theirs: SyncTree, _ found: [SyncConflict],
        _ oursChanges: SyncChanges, _ theirsChanges: SyncChanges
    ) throws -> (Data?, [SyncConflict]) {
        let path = StoreLayout.conflicts
        let b = base.files[path], o = ours.files[path], t = theirs.files[path]
        let merged: Data?
        if o == t || t == b {
            merged = o
        } else if o == b {
            merged = t
        } else {
            merged = try mergeFile(path, b, o, t, SyncJSONMerge(file: path, ours: oursChanges, theirs: theirsChanges)).0
        }
        var list = ConflictList()
        if let merged {
            do { list = try JSONCoding.decode(ConflictList.self, from: merged, file: path) } catch {
                throw InputError("cannot merge \(path): \(error). Nothing was changed.")
            }
        }
        let have = Set(list.conflicts.map(\.id))
        var new: [SyncConflict] = []
        for c in found where !have.contains(c.id) && !new.contains(where: { $0.id == c.id }) { new.append(c) }
        guard !new.isEmpty else { return (merged, []) }
        list.conflicts += new
        return (try JSONCoding.encode(list), new)
    }

    /// The merged file as the store would check it on reading (its type, size and rules).
    private static func check(_ path: String, _ data: Data) throws {
        do {
            if SyncJournalMerge.isMonth(path) {
                _ = try SyncJournalMerge.lines(data, path)
                return
            }
            try StoreFileSize.check(data, path: path)
            try StoreLayout.check(path, data, fileName: path)
        } catch {
            throw InputError(
                "the merge would leave \(Sanitize.text(path)) invalid (\(error)); nothing was changed")
        }
    }
}
