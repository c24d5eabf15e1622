#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Fills an empty store with seeded, realistic-looking data of a chosen size, for benchmarks:
/// the same seed and date always give the same files.
package enum StoreGenerator {
    /// The eight contact-centre services (name, typical weekly volume).
    static let services: [(String, Double)] = [
        ("Repairs", 3400), ("Council Tax", 2600), ("Housing", 1500), ("Adult Social Care", 800),
        ("Benefits", 1200), ("Waste and Recycling", 2100), ("Parking", 900), ("Planning", 400),
    ]
    /// Colleagues with the current week only, so the team view has several lines.
    static let colleagues = ["sam", "priya", "tom"]

    /// What was written, for the command's one-line summary.
    package struct Summary: Sendable {
        package let files: Int
        package let bytes: Int
    }

    /// Writes the store in a few transactions. Refuses a store that already holds data. With `streak`
    /// the person met every goal of every past week.
    @discardableResult
    package static func fill(
        _ store: Store, size: GeneratedStoreSize, person: String, today: CalendarDay,
        now: Date, seed: UInt64 = 2026, streak: Bool = false
    ) throws -> Summary {
        if store.exists, !(try store.people()).isEmpty || store.has(StoreFiles.board) || !store.contactWeeks().isEmpty {
            throw InputError("the store at \(store.root.path) already holds data; generate into an empty folder")
        }
        var rng = DemoRandom(seed: seed)
        let current = ISOWeek(containing: today)
        try store.create(name: "Generated \(size.rawValue) store", now: now)
        var written: [String] = []
        // Weeks in chunks, so no transaction stages more than a year of files.
        let weeks = (0..<size.weeks).map { current.adding(weeks: -$0) }
        for chunk in stride(from: 0, to: weeks.count, by: 52).map({ Array(weeks[$0..<min($0 + 52, weeks.count)]) }) {
            try store.apply(
                StoreChange<Void>(source: .system, undoable: false, at: now) { tx in
                    for w in chunk {
                        let file = StoreFiles.personWeek(person, w)
                        let value = GeneratedWeeks.week(
                            person: person, week: w, current: current, allMet: streak, rng: &rng)
                        try tx.write(file, value)
                        written.append(file.path)
                    }
                    return ("Generated weeks \(chunk.last!.id)–\(chunk.first!.id)", ())
                })
        }
        try store.apply(
            StoreChange<Void>(source: .system, undoable: false, at: now) { tx in
                for name in colleagues where name != person {
                    for back in 0..<min(4, size.weeks) {
                        let w = current.adding(weeks: -back)
                        let file = StoreFiles.personWeek(name, w)
                        try tx.write(file, GeneratedWeeks.week(person: name, week: w, current: current, rng: &rng))
                        written.append(file.path)
                    }
                }
                try tx.writeBoard(GeneratedBoard.board(size: size, today: today, rng: &rng), today: today)
                written.append(StoreFiles.board.path)
                for year in GeneratedContacts.years(weeks: weeks, rng: &rng) {
                    try tx.write(year, weeks: year.weeks)
                    written += year.weeks.map { StoreFiles.contacts($0).path }
                }
                try tx.write(StoreFiles.okrs, GeneratedBoard.okrs(size: size, now: now, rng: &rng))
                written.append(StoreFiles.okrs.path)
                return ("Generated the team's weeks, board, contacts and OKRs", ())
            })
        // Updates older than board.json's recent window went to board-history/ (the store was empty).
        written += store.boardHistoryYears().map { StoreFiles.boardHistory($0).path }
        let bytes = written.reduce(0) { sum, path in
            // FoundationEssentials gives the size as UInt (Foundation as Int), hence both.
            let size = try? FileManager.default.attributesOfItem(atPath: store.url(path).path)[.size]
            return sum + ((size as? UInt).map { Int($0) } ?? (size as? Int) ?? 0)
        }
        return Summary(files: written.count + 1, bytes: bytes)
    }
}

extension DemoRandom {
    /// Uniform in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) < p * 10_000 }
}
