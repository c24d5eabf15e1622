#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One committed change, as the journal keeps it: when, who, from where, what in words, which
/// files it wrote or removed, and (when it can be undone) each field it altered, before and after.
/// Never a caller's number or e-mail (the store holds none), never `secret.key` (host-private files
/// are not journalled).
public struct JournalEntry: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case change, undo, redo
    }

    /// 1, 2, 3… in commit order across the whole store.
    public var seq: Int
    /// Numbers a journal line may carry: a trillion changes is more than any store will make, and
    /// far from where `seq + 1` would overflow.
    static let seqRange = 1...999_999_999_999
    public var at: Date
    public var source: ChangeSource
    public var kind: Kind
    /// For an undo: the entry it took back; for a redo: the undo it took back.
    public var target: Int?
    /// The week the change was made on (`--week`), when it was about one.
    public var week: String?
    public var summary: String
    /// Files written (`written`) and removed (`removed`), store-relative.
    public var written: [String]
    public var removed: [String]
    /// nil when the change cannot be undone (a format upgrade, a key rotation, a prune).
    public var fields: [FieldChange]?
    /// For a change to caller-level data (an import): how many parts of its fields are kept beside the
    /// entry (`JournalFields`), `fields` then being absent, so the line stays small whatever was imported.
    public var fieldParts: Int?

    public var undoable: Bool { fields != nil || fieldParts != nil }

    /// Projects the change touched (from the board's fields).
    public var projects: [String] {
        var names: [String] = []
        for f in fields ?? [] where f.file == StoreLayout.board || f.file.hasPrefix(StoreLayout.boardHistoryFolder) {
            for case .named(let n) in f.path.prefix(2) where !names.contains(n) { names.append(n) }
        }
        return names
    }

    /// A project renamed by this change (its undo too): the board lost one project and gained another.
    /// `log --project` follows it back to the name the project had before.
    var projectRename: (from: String, to: String)? {
        var gone: [String] = [], new: [String] = []
        for f in fields ?? [] where f.file == StoreLayout.board && f.path.count == 2 {
            guard case .named(let n) = f.path[1] else { continue }
            if f.after == nil, f.before != nil { gone.append(n) }
            if f.before == nil, f.after != nil { new.append(n) }
        }
        guard gone.count == 1, new.count == 1 else { return nil }
        return (gone[0], new[0])
    }
}
