/// How many records were skipped, by reason.
package struct SkipCounts: Equatable, Sendable {
    package private(set) var counts: [SkipReason: Int] = [:]

    package init() {}

    mutating func add(_ reason: SkipReason, _ n: Int = 1) { counts[reason, default: 0] += n }

    package var total: Int { counts.values.reduce(0, +) }

    package subscript(_ reason: SkipReason) -> Int { counts[reason] ?? 0 }

    /// "skipped 75 calls not into a queue, 4 outbound, 2 repeated records", or "nothing skipped".
    package var sentence: String {
        let parts = counts.keys.sorted().map { "\(counts[$0]!) \($0.words(counts[$0]!))" }
        return parts.isEmpty ? "nothing skipped" : "skipped " + parts.joined(separator: ", ")
    }
}
