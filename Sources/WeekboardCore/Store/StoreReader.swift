#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads store files: the store itself (no lock) or a transaction (under the lock, seeing its own writes).
package protocol StoreReader {
    func read<V>(_ file: StoreFile<V>) throws -> V
    /// Where a store-relative path is on disk (for error messages).
    func fullPath(_ relative: String) -> String
}

extension Store: StoreReader {
    package func fullPath(_ relative: String) -> String { url(relative).path }
}

extension Transaction: StoreReader {
    package func fullPath(_ relative: String) -> String { store.url(relative).path }
}

package extension StoreReader {
    /// A year of contacts gathered from its week files (53 small reads at most; for imports and
    /// listings, never for opening a week).
    func readContactYear(_ year: Int) throws -> ContactYear {
        var weeks: [ContactWeek] = []
        for n in 1...ISOWeek.weeksIn(year: year) {
            guard let w = ISOWeek(year: year, week: n) else { continue }
            weeks.append(try readContactWeek(w))
        }
        return ContactYear(year: year, weeks: weeks)
    }

    /// A week's contacts file, refusing one whose content is for another week (a copied or renamed file).
    func readContactWeek(_ week: ISOWeek) throws -> ContactWeek {
        let file = StoreFiles.contacts(week)
        let value = try read(file)
        try checkNamed(value.week, file.path, week)
        return value
    }

    /// A week's totals (see `ContactWeekTotals`), checked the same way.
    func readContactTotals(_ week: ISOWeek) throws -> ContactWeek {
        let file = StoreFiles.contactTotals(week)
        let value = try read(file)
        try checkNamed(value.week, file.path, week)
        return value
    }

    private func checkNamed(_ found: ISOWeek, _ path: String, _ week: ISOWeek) throws {
        guard found == week else {
            throw StoreError.malformed(
                file: fullPath(path), location: "week", reason: "holds \(found.id) but is named for \(week.id)")
        }
    }
}

package extension Transaction {
    /// Writes the given weeks of `year` to their week files (a week with no figures writes nothing).
    mutating func write(_ year: ContactYear, weeks: some Sequence<ISOWeek>) throws {
        for w in weeks where w.year == year.year {
            let week = year.week(w)
            if !week.isEmpty { try write(StoreFiles.contacts(w), week) }
        }
    }
}
