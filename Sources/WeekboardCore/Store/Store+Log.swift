#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

public extension Store {
    /// Journal entries matching `query`, newest first, at most `limit`.
    func log(_ query: LogQuery, limit: Int = .max) throws -> [JournalEntry] {
        try reading { store in
            var out: [JournalEntry] = [], query = query
            func visit(_ e: JournalEntry) -> Bool {
                if query.matches(e) { out.append(e) }
                query.follow(e)
                return out.count < limit
            }
            let journal = Journal(store: store)
            // A change whose commit waits to be finished (a crash, a full disk) is made: readers see it,
            // so the log shows it too, before the next writer appends its line.
            if let pending = (try? store.pendingCommit()) ?? nil, pending.entry.seq > (try journal.newestSeq()),
                !visit(pending.entry)
            {
                return out
            }
            try journal.forEachNewestFirst(visit)
            return out
        }
    }
}
