#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Bringing a store written by an earlier weekboard up to this one's format.
///
/// Format 1 kept a year of contacts in one file (`contacts/<YYYY>.json`), so opening a week
/// decoded four whole years for the baseline. Format 2 keeps one file per week.
extension Store {
    /// True when `store.json` says an older format (the store must be upgraded before use).
    package func needsUpgrade() throws -> Bool {
        guard exists else { return false }
        return try info().schemaVersion < StoreInfo.schemaVersion
    }

    /// Upgrades an older store under the lock; does nothing to a current one. Returns what it did,
    /// in words, or nil when there was nothing to do.
    @discardableResult
    package func upgradeIfNeeded() throws -> String? {
        guard try needsUpgrade() else { return nil }
        let from = try info().schemaVersion
        try apply(StoreChange<Void>(source: .system, undoable: false) { _ in ("", ()) })
        return
            """
            upgraded the store at \(root.path) from format \(from) to \(StoreInfo.schemaVersion) (contacts are \
            now one file per week)
            """
    }

    /// Stages the upgrade in `tx`, in an order that is safe to repeat after a crash at any point:
    /// every week file first, then the old year files are removed, then `store.json` says the new
    /// format. Until that last write the store still reads as format 1 and the next writer starts over.
    func upgrade(_ tx: inout Transaction) throws {
        var info = try info()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(StoreLayout.contactsFolder).path)) ?? []
        let years = names.compactMap { n -> Int? in
            n.count == 9 && n.hasSuffix(".json") ? Int(n.prefix(4)) : nil
        }.sorted()
        for y in years {
            let year = try read(StoreFiles.legacyContacts(y))
            guard year.year == y else {
                throw StoreError.malformed(
                    file: url(StoreFiles.legacyContacts(y).path).path, location: "year",
                    reason: "holds \(year.year) but is named for \(y)")
            }
            try tx.write(year, weeks: year.weeks)
        }
        for y in years { tx.remove(StoreFiles.legacyContacts(y).path) }
        info.schemaVersion = StoreInfo.schemaVersion
        try tx.writeInfo(info)
    }
}
