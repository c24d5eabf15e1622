#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// What `undo` would take back for `person`, newest first.
    func undoList(person: String, limit: Int = 10) throws -> [JournalEntry] {
        try reading { try UndoStack.undoable(Journal(store: $0), person: person, limit: limit) }
    }

    /// Takes back `source.person`'s most recent undoable change, as a new change (journalled, locked,
    /// all-or-nothing). Returns the entry it undid. Refuses, naming the later change, when a field the
    /// change altered has been changed since.
    @discardableResult
    func undo(_ source: ChangeSource, now: Date = Date()) throws -> (undid: JournalEntry, committed: Committed<Void>) {
        try takeBack(.undo, source, now: now) { journal in
            guard let t = try UndoStack.undoable(journal, person: source.person, limit: 1).first else {
                throw UndoError("nothing to undo: \(Sanitize.text(source.person)) has no change that can be taken back")
            }
            // Undoing a redo takes the change back again: it reads as that change's undo, not "Undid: Redid: …".
            let what = t.summary.hasPrefix("Redid: ") ? String(t.summary.dropFirst(7)) : t.summary
            return (t, "Undid: \(what)")
        }
    }

    /// Puts back what `source.person`'s most recent undo took back, unless they changed something since.
    @discardableResult
    func redo(_ source: ChangeSource, now: Date = Date()) throws -> (redid: JournalEntry, committed: Committed<Void>) {
        try takeBack(.redo, source, now: now) { journal in
            guard let u = try UndoStack.redoable(journal, person: source.person) else {
                throw UndoError(
                    "nothing to redo: \(Sanitize.text(source.person)) has no undo to put back "
                        + "(a new change since the last undo ends what can be redone)")
            }
            let what = FollowUpsDropped.removingNote(
                from: u.summary.hasPrefix("Undid: ") ? String(u.summary.dropFirst(7)) : u.summary)
            return (u, "Redid: \(what)")
        }
    }

    /// Undo and redo alike: under the lock, `pick` finds the entry to take back (and the new entry's
    /// summary); its fields are reverted as one change of `kind` that names it, which also drops the
    /// follow-ups of callers it leaves no week holding (redo, or undo of that change, brings them back).
    private func takeBack(
        _ kind: JournalEntry.Kind, _ source: ChangeSource, now: Date,
        pick: @escaping (Journal) throws -> (JournalEntry, String)
    ) throws -> (JournalEntry, Committed<Void>) {
        var target: JournalEntry?
        let committed = try apply(
            StoreChange<Void>(source: source, at: now) { tx in
                let journal = Journal(store: tx.store)
                let (entry, summary) = try pick(journal)
                target = entry
                let fields = try Self.revert(entry, in: &tx, journal: journal, verb: kind == .undo ? "undo" : "redo")
                let dropped = try tx.dropFollowUpsOfRemovedCallers(changedBy: fields)
                tx.undoOf = (kind, entry)
                return (FollowUpsDropped.noting(dropped, in: summary), ())
            })
        return (target!, committed)
    }

    /// Stages, field by field, what `entry` found in every field it altered. Returns those fields.
    private static func revert(
        _ entry: JournalEntry, in tx: inout Transaction, journal: Journal,
        verb: String
    ) throws -> [FieldChange] {
        let store = tx.store
        let fields = try journal.fields(of: entry) { try tx.readData($0) }
        // The entry's paths are untrusted (the journal is a file anyone with the store can edit):
        // one naming anything but a store data file refuses the whole entry before anything is read.
        if let bad = fields.first(where: { !StoreLayout.isJournalledFile($0.file) }) {
            let place = (try? journal.location(of: entry.seq)) ?? nil
            throw UndoError(
                "cannot \(verb) #\(entry.seq) “\(Sanitize.text(entry.summary))”: its journal entry"
                    + (place.map { " (\($0))" } ?? "")
                    + " names “\(Sanitize.text(bad.file))”, which is not a store file. Nothing was changed.")
        }
        var files: [String: JSONValue] = [:]
        var takenBack: Set<String> = []
        for field in fields.reversed() {
            var file =
                try files[field.file]
                ?? JSONValue.parse(
                    tx.readData(field.file) ?? StoreLayout.emptyValue(of: field.file) ?? Data("{}".utf8),
                    file: store.url(field.file).path)
            if !field.isCurrent(in: file) {
                // An import's figure that a sync has since added other machines' imports to.
                guard ImportUndo.applies(field, of: fields),
                    try ImportUndo.takeBack(
                        field, in: &file, of: fields,
                        original: JSONValue.parse(tx.readData(field.file) ?? Data("{}".utf8)))
                else {
                    let later = try UndoStack.laterChange(touching: field, after: entry, in: journal)
                    throw UndoError(conflict(verb, entry, later, here: JournalOrigin.of(store)))
                }
                files[field.file] = file
                takenBack.insert(field.file)
                continue
            }
            do { try field.revert(in: &file) } catch {
                throw UndoError(
                    "cannot \(verb) “\(Sanitize.text(entry.summary))”: \(field.file) has changed shape since")
            }
            files[field.file] = file
        }
        for path in takenBack { ImportUndo.settle(&files[path]!) }
        for (path, value) in files.sorted(by: { $0.key < $1.key }) {
            let empty = try StoreLayout.emptyValue(of: path).map { try JSONValue.parse($0) }
            if value == empty || value == .object([:]) {
                tx.remove(path)
                continue
            }
            let data = try JSONCoding.encode(value)
            try StoreLayout.check(path, data, store: store)
            tx.writeRaw(path, data)
        }
        return fields
    }

    private static func conflict(_ verb: String, _ entry: JournalEntry, _ later: JournalEntry?, here: String?)
        -> String
    {
        let what = "cannot \(verb) “\(Sanitize.text(entry.summary))”"
        guard let later else { return "\(what): it has been changed since, outside weekboard's journal" }
        let elsewhere = later.origin != nil && later.origin != here ? " on another machine" : ""
        return "\(what): \(Sanitize.text(later.source.author)) changed it since\(elsewhere), at "
            + "\(JournalText.when(later.at)) (\(JournalOrigin.ref(later, here: here)) "
            + "“\(Sanitize.text(later.summary))”). Nothing was changed."
    }
}
