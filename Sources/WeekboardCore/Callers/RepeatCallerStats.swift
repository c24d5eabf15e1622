#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One service's repeat callers in one week.
package struct RepeatCallerStats: Codable, Equatable, Sendable {
    /// Contacts imported one row per contact, withheld callers included.
    package let contacts: Int
    /// Distinct identified callers.
    package let callers: Int
    /// Callers with `RepeatCallers.threshold` or more contacts.
    package let repeatCallers: Int
    /// Contacts those repeat callers made.
    package let repeatContacts: Int
    /// `repeatContacts / contacts`, 0 when there were no contacts.
    package let share: Double
    /// Up to five repeat callers, most contacts first (ties by ref).
    package let top: [RepeatCallerRef]

    package init(contacts: Int, callers: Int, repeatCallers: Int, repeatContacts: Int, top: [RepeatCallerRef]) {
        self.contacts = contacts
        self.callers = callers
        self.repeatCallers = repeatCallers
        self.repeatContacts = repeatContacts
        self.share = contacts == 0 ? 0 : Double(repeatContacts) / Double(contacts)
        self.top = top
    }
}
