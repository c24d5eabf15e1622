#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which value of a conflict a person keeps (`weekboard sync resolve ID --keep …`).
package enum ConflictPick: Equatable, Sendable {
    /// What the store shows now (the later change): the conflict is closed, nothing else changes.
    case shown
    /// The value it replaced, put back.
    case other
    /// The value this person set (`mine` is the person acting).
    case person(String)

    /// `shown`, `other`, `mine` or a person's name.
    package init(_ raw: String, actingPerson: String) {
        switch raw.lowercased() {
        case "shown", "later", "current": self = .shown
        case "other", "earlier", "replaced": self = .other
        case "mine": self = .person(actingPerson)
        default: self = .person(raw)
        }
    }
}

extension Store {
    /// Closes one conflict, keeping the value picked: the other value is put back into its file (a
    /// project removed on one machine comes back, one a person removes goes), and the conflict leaves
    /// `conflicts.json`. One journalled change: `undo` brings the conflict and the value back.
    static func resolveConflict(
        _ ref: String, keep pick: ConflictPick, _ tx: inout Transaction, store: Store
    ) throws -> String {
        var list = try tx.read(StoreFiles.conflicts)
        let matches = list.find(ref.trimmingPrefix("#").description)
        guard matches.count == 1, let conflict = matches.first else {
            let open = list.conflicts.map(\.id).joined(separator: ", ")
            throw InputError(
                matches.isEmpty
                    ? "no conflict \(Sanitize.text(ref)): "
                        + (open.isEmpty ? "there are none" : "open conflicts are \(open) ('weekboard sync status')")
                    : "\(Sanitize.text(ref)) could be \(matches.map(\.id).joined(separator: " or ")): give more of it")
        }
        let keepOther: Bool
        switch pick {
        case .shown: keepOther = false
        case .other: keepOther = true
        case .person(let raw):
            let who = [conflict.shown.person, conflict.other.person]
            let matching = who.map { $0.map { PersonName.same($0, raw) } ?? false }
            guard matching.contains(true), matching != [true, true] else {
                let names = who.compactMap { $0 }.map(Sanitize.text)
                throw InputError(
                    matching == [true, true]
                        ? "both values of \(conflict.id) are \(Sanitize.text(raw))'s: keep 'shown' or 'other'"
                        : "neither value of \(conflict.id) is \(Sanitize.text(raw))'s"
                            + (names.isEmpty ? "" : " (they are \(names.joined(separator: " and "))'s)")
                            + ": keep 'shown', 'other' or one of their names")
            }
            keepOther = matching[1]
        }
        if keepOther { try put(conflict.other.value, at: conflict, &tx, store: store) }
        list.conflicts.removeAll { $0.id == conflict.id }
        if list.conflicts.isEmpty { tx.remove(StoreLayout.conflicts) } else { try tx.write(StoreFiles.conflicts, list) }
        let kept = keepOther ? conflict.other : conflict.shown
        return "Conflict \(conflict.id) resolved: \(ConflictText.place(conflict)) keeps \(ConflictText.side(kept))."
    }

    /// Sets (nil: removes) the conflict's field in its file, checked as the store checks the file.
    private static func put(_ value: JSONValue?, at conflict: SyncConflict, _ tx: inout Transaction, store: Store)
        throws
    {
        let path = conflict.file
        let emptyData = StoreLayout.emptyValue(of: path) ?? Data("{}".utf8)
        var file = try JSONValue.parse(tx.readData(path) ?? emptyData, file: store.url(path).path)
        let empty = try JSONValue.parse(emptyData)
        do {
            if conflict.path.isEmpty {
                file = value ?? empty
            } else {
                try file.set(value, at: conflict.path[...])
            }
        } catch {
            let place = ConflictText.place(conflict)
            throw InputError("cannot put back the other value of \(conflict.id): \(place) has changed shape since")
        }
        if file == empty {
            tx.remove(path)
            return
        }
        let data = try JSONCoding.encode(file)
        try StoreFileSize.check(data, path: store.url(path).path)
        try StoreLayout.check(path, data, store: store)
        tx.writeRaw(path, data)
    }
}
