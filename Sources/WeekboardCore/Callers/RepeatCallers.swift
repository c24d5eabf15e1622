#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A repeat caller as the dashboard shows one: a short pseudonymous reference, never a number.
public struct RepeatCallerRef: Codable, Equatable, Sendable {
    /// The first six hex digits of the caller's token: enough to tell this week's callers apart
    /// on screen, useless for finding out who they are.
    public let ref: String
    public let contacts: Int

    public init(ref: String, contacts: Int) {
        self.ref = ref
        self.contacts = contacts
    }
}

/// One service's repeat callers in one week.
public struct RepeatCallerStats: Codable, Equatable, Sendable {
    /// Contacts imported one row per contact, withheld callers included.
    public let contacts: Int
    /// Distinct identified callers.
    public let callers: Int
    /// Callers with `RepeatCallers.threshold` or more contacts.
    public let repeatCallers: Int
    /// Contacts those repeat callers made.
    public let repeatContacts: Int
    /// `repeatContacts / contacts`, 0 when there were no contacts.
    public let share: Double
    /// Up to five repeat callers, most contacts first (ties by ref).
    public let top: [RepeatCallerRef]

    public init(contacts: Int, callers: Int, repeatCallers: Int, repeatContacts: Int, top: [RepeatCallerRef]) {
        self.contacts = contacts
        self.callers = callers
        self.repeatCallers = repeatCallers
        self.repeatContacts = repeatContacts
        self.share = contacts == 0 ? 0 : Double(repeatContacts) / Double(contacts)
        self.top = top
    }
}

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
