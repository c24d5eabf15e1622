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
    /// The copy of the store the change was made on (`sync/origin`): absent in entries written before
    /// sync, and in a store that never synced. With `seq` it is the entry's identity on every machine.
    public var origin: String? = nil
    /// For an undo or redo of an entry made on another copy: that entry's `origin`.
    public var targetOrigin: String? = nil
    /// For a change to caller-level data (an import): how many parts of its fields are kept beside the
    /// entry (`JournalFields`), `fields` then being absent, so the line stays small whatever was imported.
    public var fieldParts: Int?

    public var undoable: Bool { fields != nil || fieldParts != nil }

    /// An entry's identity on every machine: its number and the copy that gave it (none for entries
    /// written before sync, which every copy shares). Ordered by number, then copy.
    public struct ID: Hashable, Comparable, Sendable {
        public var seq: Int
        public var origin: String?

        public init(seq: Int, origin: String?) {
            self.seq = seq
            self.origin = origin
        }

        public static func < (a: ID, b: ID) -> Bool { (a.seq, a.origin ?? "") < (b.seq, b.origin ?? "") }
    }

    public var id: ID { ID(seq: seq, origin: origin) }
    /// The entry an undo or redo took back.
    public var targetID: ID? { target.map { ID(seq: $0, origin: targetOrigin) } }

    /// A copy's id as `sync/origin` holds it: 4 to 32 lower-case letters and digits.
    static func isOrigin(_ s: String) -> Bool {
        (4...32).contains(s.count) && s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

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
