#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Repeat-caller figures for the status text and the dashboard's contact panel.
enum RepeatCallers {
    /// A caller with this many contacts in a week, or more, is a repeat caller.
    static let threshold = 3
    static let topCount = 5
    static let refLength = 6

    /// The week's figures per service (services with no per-contact import are absent).
    /// Reads one small file; an absent file is an empty answer.
    static func load(store: Store, week: ISOWeek) throws -> [String: RepeatCallerStats] {
        stats(try store.readCallerWeek(week))
    }

    static func stats(_ week: CallerWeek) -> [String: RepeatCallerStats] {
        week.services.filter { $0.value.total > 0 }.mapValues(stats)
    }

    static func stats(_ service: CallerService) -> RepeatCallerStats {
        let repeats = service.callers.filter { $0.value >= threshold }
        let top =
            repeats
            .map { RepeatCallerRef(ref: String($0.key.prefix(refLength)), contacts: $0.value) }
            .sorted { ($0.contacts, $1.ref) > ($1.contacts, $0.ref) }
            .prefix(topCount)
        return RepeatCallerStats(
            contacts: service.total,
            callers: service.callers.count,
            repeatCallers: repeats.count,
            repeatContacts: repeats.values.reduce(0, +),
            top: Array(top)
        )
    }
}
