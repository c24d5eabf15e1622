#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Services an import brought that the store had never held: said in the summary, so a name an
/// export spells differently (or one renamed with `calls rename`) is seen, with the nearest known
/// name to merge it into. (Aliases from the config were already applied to every row.)
struct NewServices {
    /// Every service with a figure in any week, before the import.
    let known: Set<String>

    init(_ store: Store) throws {
        known = try store.reading { try ContactWeeks(store: $0).services(in: $0.contactWeeks()) }
    }

    /// `new service: Adult Social Care (150 contacts) — did you mean Adult Care?`, one per new name.
    func lines(after store: Store, weeks: [ISOWeek]) throws -> [String] {
        let totals: [String: Int] = try store.reading { reader in
            let contacts = ContactWeeks(store: reader)
            var sum: [String: Int] = [:]
            for w in weeks { for (service, n) in try contacts.week(w) { sum[service, default: 0] += n } }
            return sum
        }
        // A first import into a store without figures: every name is new, and none can be a misspelling.
        guard !known.isEmpty else { return [] }
        return totals.keys.filter { !known.contains($0) }.sorted().map { name in
            let n = totals[name] ?? 0
            var line = "new service: \(Sanitize.text(name)) (\(Marks.thousands(n)) contact\(n == 1 ? "" : "s"))"
            if let near = Self.nearest(name, in: known) {
                line += " — did you mean \(Sanitize.text(near))? ('weekboard calls rename' merges them)"
            }
            return line
        }
    }

    /// The known name closest to `name`: a small edit away (`Reapirs`), or one whose words are all in
    /// the other (`Adult Care` and `Adult Social Care`).
    static func nearest(_ name: String, in known: Set<String>) -> String? {
        let a = name.lowercased()
        let wordsA = Set(a.split(separator: " "))
        let scored = known.compactMap { k -> (Int, String)? in
            let b = k.lowercased()
            let d = CommandWords.distance(a, b)
            let wordsB = Set(b.split(separator: " "))
            let within =
                !wordsA.isEmpty && !wordsB.isEmpty && (wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA))
            guard d <= max(2, min(a.count, b.count) / 3) || within else { return nil }
            return (d, k)
        }
        return scored.min { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }?.1
    }
}
