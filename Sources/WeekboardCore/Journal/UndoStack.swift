#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which entry `undo` and `redo` take back for a person, worked out from the journal alone: an undo
/// is an ordinary entry that names its target, so nothing else records what has been undone.
enum UndoStack {
    /// The person's undoable changes not yet undone, newest first (changes and redos: undoing a redo
    /// takes its change back again).
    static func undoable(_ journal: Journal, person: String, limit: Int) throws -> [JournalEntry] {
        var undone = Set<JournalEntry.ID>(), out: [JournalEntry] = []
        try journal.forEachNewestFirst { e in
            if e.kind == .undo, let t = e.targetID { undone.insert(t) }
            if PersonName.same(e.source.person, person), e.kind != .undo, e.undoable, !undone.contains(e.id) {
                out.append(e)
            }
            return out.count < limit
        }
        return out
    }

    /// The person's newest undo not yet redone, unless they made a new change since (which, as in
    /// every editor, ends what can be redone).
    static func redoable(_ journal: Journal, person: String) throws -> JournalEntry? {
        var redone = Set<JournalEntry.ID>(), found: JournalEntry?
        try journal.forEachNewestFirst { e in
            if e.kind == .redo, let t = e.targetID { redone.insert(t) }
            guard PersonName.same(e.source.person, person) else { return true }
            if e.kind == .change && e.undoable { return false }
            if e.kind == .undo && !redone.contains(e.id) {
                found = e
                return false
            }
            return true
        }
        return found
    }

    /// The newest entry after `entry` that changed the same field, else the newest that wrote the file
    /// without saying which fields (an upgrade; a sync that brought the field's change in), to name it
    /// when undo must refuse.
    static func laterChange(
        touching field: FieldChange, after entry: JournalEntry,
        in journal: Journal
    ) throws -> JournalEntry? {
        var found: JournalEntry?, wrote: JournalEntry?
        try journal.forEachNewestFirst { e in
            // Entries are in number order; another copy's change made while the two were apart may have
            // a lower number and a later time, so the search goes on to the entries from before sync.
            if e.seq <= entry.seq, e.origin == nil { return false }
            guard e.id != entry.id, e.seq > entry.seq || e.at > entry.at else { return true }
            if let fields = e.fields {
                if fields.contains(where: { $0.overlaps(field) }) { found = e }
            } else if wrote == nil, e.written.contains(field.file) || e.removed.contains(field.file) {
                wrote = e
            }
            return found == nil
        }
        return found ?? wrote
    }
}
