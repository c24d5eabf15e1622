#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// This copy's id for the journal (docs/store-format.md, "Sync", "Merging"): the text of `sync/origin`,
/// which `weekboard sync init` makes once per copy and which never travels. Each entry carries it, so two
/// copies that each gave number 17 while apart still name two different entries. None (nil) in a
/// store that never synced: its entries are as they always were.
enum JournalOrigin {
    static let path = "sync/origin"

    static func of(_ store: Store) -> String? {
        guard let data = try? store.readData(path), data.count <= 64 else { return nil }
        let text = String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
        return JournalEntry.isOrigin(text) ? text : nil
    }

    /// How an entry is named to people: `#17`, and `#17@3fa2` for one made on another copy (its origin's
    /// first four characters), so the two entries numbered 17 after a sync are never confused.
    static func ref(_ e: JournalEntry, here: String?) -> String {
        guard let origin = e.origin, origin != here else { return "#\(e.seq)" }
        return "#\(e.seq)@\(origin.prefix(4))"
    }
}

extension Journal {
    /// The highest number in journal month files a change writes (a sync bringing in another copy's
    /// entries): the change's own entry is numbered past it, so no number is given twice and the mark
    /// stays above every number seen.
    static func highestSeq(staged finals: [(path: String, old: Data?, new: Data?)]) -> Int {
        var highest = 0
        for (path, _, new) in finals where StoreLayout.kind(of: path) == .journal && path.hasSuffix(".jsonl") {
            for line in (new ?? Data()).split(separator: 0x0A) {
                if let n = seq(of: Data(line)), n > highest { highest = n }
            }
        }
        return highest
    }
}

package extension Store {
    /// This copy's origin, which its journal entries carry (nil until the store first syncs).
    var journalOrigin: String? { JournalOrigin.of(self) }
}
