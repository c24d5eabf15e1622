import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Shell completion from the store: project, programme, service and person names, read from
/// the store the command line names (`--store`) or the default one. Completion must never fail
/// loudly, so anything unreadable completes to nothing.
enum StoreCompletion {
    static let projects = CompletionKind.custom { words, _, _ in
        names(words) { store in
            try store.read(StoreFiles.board).projects.map(\.name)
        }
    }
    static let programmes = CompletionKind.custom { words, _, _ in
        names(words) { store in
            try store.read(StoreFiles.board).projects.map(\.programme)
        }
    }
    /// Services with figures in the last 12 weeks (or the same week last year), up to "today" as the
    /// commands see it: `WEEKBOARD_TODAY` when it pins the date.
    static let services = CompletionKind.custom { words, _, _ in
        names(words) { store in
            try ContactWeeks(store: store).rows(week: ISOWeek(containing: today()), baselineYears: 1, sparkWeeks: 12)
                .map(\.service)
        }
    }
    static let people = CompletionKind.custom { words, _, _ in names(words) { try $0.people() } }

    static func today() -> CalendarDay {
        ProcessInfo.processInfo.environment["WEEKBOARD_TODAY"].flatMap { CalendarDay.parse($0) } ?? CalendarDay(Date())
    }

    /// The store the words being completed name, else the default.
    static func store(_ words: [String]) -> Store {
        let env = ProcessInfo.processInfo.environment
        for (i, word) in words.enumerated() {
            if word.hasPrefix("--store=") { return Store(root: URL(fileURLWithPath: String(word.dropFirst(8)))) }
            if word == "--store", i + 1 < words.count { return Store(root: URL(fileURLWithPath: words[i + 1])) }
        }
        return Store(root: Store.defaultRoot(environment: env))
    }

    static func names(_ words: [String], _ read: (Store) throws -> [String]) -> [String] {
        let found = (try? read(store(words))) ?? []
        // Shown by the shell: no control characters; each name once, in order.
        var seen = Set<String>()
        return found.map(Sanitize.text).filter { seen.insert($0).inserted }.sorted()
    }
}
