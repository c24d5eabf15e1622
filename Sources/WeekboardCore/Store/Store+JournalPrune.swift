#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// Removes journal entries made before `day` (UTC midnight), as a change of its own that the journal
    /// records. Changes older than that can no longer be undone or shown in the log; the store's data is
    /// untouched. Returns how many entries went.
    @discardableResult
    func pruneJournal(before day: CalendarDay, source: ChangeSource, now: Date = Date()) throws -> Int {
        let cutoff = Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
        return try apply(
            StoreChange<Int>(source: source, undoable: false, at: now) { tx in
                let journal = Journal(store: tx.store)
                var pruned = 0
                for path in journal.segments() {
                    let data = try tx.readData(path) ?? Data()
                    var keep = Data(), dropped = 0
                    for (i, line) in data.split(separator: 0x0A).enumerated() {
                        let entry = try Journal.decode(line, file: tx.store.url(path).path, line: i + 1)
                        if entry.at < cutoff {
                            dropped += 1
                            // Its fields kept beside it go with it.
                            for part in Journal.fieldPaths(of: entry) { tx.remove(part) }
                        } else {
                            keep.append(line)
                            keep.append(0x0A)
                        }
                    }
                    guard dropped > 0 else { continue }
                    pruned += dropped
                    tx.writeRaw(path, keep.isEmpty ? nil : keep)
                }
                let summary = "Pruned \(pruned) journal \(pruned == 1 ? "entry" : "entries") from before \(day.iso)"
                return (pruned == 0 ? "" : summary, pruned)
            }
        ).value
    }
}
