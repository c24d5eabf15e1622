#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One committed change, as the journal keeps it: when, who, from where, what in words, which
/// files it wrote or removed, and (when it can be undone) each field it altered, before and after.
/// Never a caller's number or e-mail (the store holds none), never `secret.key` (host-private files
/// are not journalled).
package struct JournalEntry: Codable, Equatable, Sendable {
    package enum Kind: String, Codable, Sendable {
        case change, undo, redo
    }

    /// 1, 2, 3… in commit order across the whole store.
    package var seq: Int
    /// Numbers a journal line may carry: a trillion changes is more than any store will make, and
    /// far from where `seq + 1` would overflow.
    static let seqRange = 1...999_999_999_999
    package var at: Date
    package var source: ChangeSource
    package var kind: Kind
    /// For an undo: the entry it took back; for a redo: the undo it took back.
    package var target: Int?
    /// The week the change was made on (`--week`), when it was about one.
    package var week: String?
    package var summary: String
    /// Files written (`written`) and removed (`removed`), store-relative.
    package var written: [String]
    package var removed: [String]
    /// nil when the change cannot be undone (a format upgrade, a key rotation, a prune).
    package var fields: [FieldChange]?
    /// The copy of the store the change was made on (`sync/origin`): absent in entries written before
    /// sync, and in a store that never synced. With `seq` it is the entry's identity on every machine.
    package var origin: String? = nil
    /// For an undo or redo of an entry made on another copy: that entry's `origin`.
    package var targetOrigin: String? = nil
    /// For a change to caller-level data (an import): how many parts of its fields are kept beside the
    /// entry (`JournalFields`), `fields` then being absent, so the line stays small whatever was imported.
    package var fieldParts: Int?

    package var undoable: Bool { fields != nil || fieldParts != nil }

    /// An entry's identity on every machine: its number and the copy that gave it (none for entries
    /// written before sync, which every copy shares). Ordered by number, then copy.
    package struct ID: Hashable, Comparable, Sendable {
        package var seq: Int
        package var origin: String?

        package init(seq: Int, origin: String?) {
            self.seq = seq
            self.origin = origin
        }

        package static func < (a: ID, b: ID) -> Bool { (a.seq, a.origin ?? "") < (b.seq, b.origin ?? "") }
    }

    package var id: ID { ID(seq: seq, origin: origin) }
    /// The entry an undo or redo took back.
    package var targetID: ID? { target.map { ID(seq: $0, origin: targetOrigin) } }

    /// A copy's id as `sync/origin` holds it: 4 to 32 lower-case letters and digits.
    static func isOrigin(_ s: String) -> Bool {
        (4...32).contains(s.count) && s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

    /// Projects the change touched (from the board's fields).
    package var projects: [String] {
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
