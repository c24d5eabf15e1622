#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Who is acting, on which week, and when.
package struct ActionContext: Sendable {
    package var person: String
    package var week: ISOWeek
    package var now: Date
    package var today: CalendarDay
    /// `cli`, `dashboard`, `ssh`…: where the change came from, for the journal.
    package var origin: String
    /// The SSH access name, when the change came through `weekboard gate`.
    package var access: String?
    /// The config's other names for services.
    package var serviceAliases: ServiceAliases
    /// `today` is a day in a past week (`--week last` on a board change): a status update may not
    /// then go before the project's latest one.
    package var backdated = false
    /// The person's name as typed (`Sam Patel`): kept in the store by the change that first gives
    /// them data (`PersonProfile`); nil keeps none.
    package var displayName: String?
    /// What marks a caller as calling too often (the config's `followUpContacts` and `followUpDays`).
    package var followUpRule = FollowUpList.Rule()

    package init(
        person: String, week: ISOWeek, now: Date, today: CalendarDay, origin: String = "cli",
        access: String? = nil, serviceAliases: ServiceAliases = ServiceAliases(), displayName: String? = nil
    ) {
        self.person = person
        self.week = week
        self.now = now
        self.today = today
        self.origin = origin
        self.access = access
        self.serviceAliases = serviceAliases
        self.displayName = displayName
    }

    package var source: ChangeSource { ChangeSource(person: person, origin: origin, access: access) }
}
