#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// Journal entries matching `query`, newest first, at most `limit`.
    func log(_ query: LogQuery, limit: Int = .max) throws -> [JournalEntry] {
        try reading { store in
            var out: [JournalEntry] = [], query = query
            // Entries are in number order; after a sync another copy's entries interleave by time, so once
            // an entry from a synced copy is among them a window past `limit` is read (changes made apart
            // are close in number) and shown newest first. A store that never synced reads `limit` only.
            let window = limit > Int.max / 4 ? Int.max : limit * 2 + 100
            var synced = false
            func visit(_ e: JournalEntry) -> Bool {
                if query.matches(e) {
                    out.append(e)
                    synced = synced || e.origin != nil
                }
                query.follow(e)
                return out.count < (synced ? window : limit)
            }
            func shown() -> [JournalEntry] {
                var list = out
                if list.contains(where: { $0.origin != nil }) {
                    list.sort { $0.at != $1.at ? $0.at > $1.at : $1.id < $0.id }
                }
                return Array(list.prefix(limit))
            }
            let journal = Journal(store: store)
            // A change whose commit waits to be finished (a crash, a full disk) is made: readers see it,
            // so the log shows it too, before the next writer appends its line.
            if let pending = (try? store.pendingCommit()) ?? nil, let entry = pending.entry,
                entry.seq > (try journal.newestSeq()), !visit(entry)
            {
                return shown()
            }
            do { try journal.forEachNewestFirst(visit) } catch {
                // Damage further back than the entries asked for is not this listing's to report.
                guard out.count >= limit else { throw error }
            }
            return shown()
        }
    }
}
