/// Per-contact imports by identity (`WeeklyCount.imports`): each import's contribution to a service's week
/// is kept under a digest of the contacts it added, so two machines' imports merge as a union when their
/// stores sync. Counts imported before imports had an identity are one lump without one.
package extension WeeklyCount {
    /// An import's identity: 32 lowercase hex digits (128 bits of SHA-256, `ImportDigest`).
    static func isImportDigest(_ s: String) -> Bool {
        s.utf8.count == 32 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// What the identified imports add up to, per channel.
    var identifiedImports: [Channel: Int] {
        var sum: [Channel: Int] = [:]
        for counts in (imports ?? [:]).values { sum.merge(counts, uniquingKeysWith: +) }
        return sum
    }

    /// The imported contacts without an identity (imported before imports had one), per channel.
    var importLump: [Channel: Int] {
        let identified = identifiedImports
        return (imported ?? [:]).reduce(into: [:]) { out, item in
            let rest = item.value - (identified[item.key] ?? 0)
            if rest > 0 { out[item.key] = rest }
        }
    }

    /// Why the stored imports cannot be what they are, or nil: a key that is not a digest, a count
    /// out of range, or imports adding up to more than the imported contacts on a channel.
    var importsProblem: String? {
        guard let imports else { return nil }
        for (digest, counts) in imports.sorted(by: { $0.key < $1.key }) {
            guard Self.isImportDigest(digest) else {
                return "has '\(digest)', which is not an import's identity (32 lowercase hexadecimal digits)"
            }
            for (channel, n) in counts {
                if let why = Self.problem(n) { return "\(digest) \(channel.rawValue): \(why)" }
            }
        }
        for (channel, n) in identifiedImports where n > imported?[channel] ?? 0 {
            return "add up to \(n) \(channel.rawValue) contacts, more than the \(imported?[channel] ?? 0) imported"
        }
        return nil
    }
}
