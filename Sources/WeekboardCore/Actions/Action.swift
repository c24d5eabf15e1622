#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Every change a user can make, from the CLI or the dashboard. Both go through
/// `Store.perform`, so they can never disagree about what a change means. Each case is an area of
/// the store with its own enum, so every switch over one is exhaustive: a new change is one case in
/// its area's enum, and the compiler names each switch that must learn it.
public enum Action: Equatable, Sendable {
    /// The person's week file, from that file alone (what the dashboard previews).
    case week(WeekAction)
    /// The person's week file, from earlier weeks' files.
    case carry(GoalCarry)
    case board(BoardAction)
    /// A change to a project's RAID log: risks, issues, decisions and actions.
    case raid(project: String, RAIDChange)
    case contacts(ContactsAction)
    case followUp(FollowUpAction)
    /// A sync conflict closed (`weekboard sync resolve`).
    case sync(SyncAction)
}

/// What `project add` supplies.
public struct ProjectDraft: Equatable, Sendable {
    public var name: String
    public var programme: String
    public var owner: String?
    public var status: RAGStatus
    public var note: String?
    public var milestone: Milestone?

    public init(
        name: String, programme: String, owner: String? = nil, status: RAGStatus = .green,
        note: String? = nil, milestone: Milestone? = nil
    ) {
        self.name = name
        self.programme = programme
        self.owner = owner
        self.status = status
        self.note = note
        self.milestone = milestone
    }
}

/// What `project edit` changes: each field only when given. An empty owner, milestone or note clears it.
public struct ProjectEdit: Equatable, Sendable {
    /// A new name (the dashboard's edit form asks it first; the CLI has `project rename`).
    public var name: String?
    public var owner: String?
    public var milestone: String?
    public var due: CalendarDay?
    public var clearDue: Bool
    public var programme: String?
    public var note: String?
    /// Dimension ratings to set (time, cost…), and the tolerances text ("" clears it).
    public var ratings: [Dimension: RAGStatus]
    public var tolerance: String?

    public init(
        name: String? = nil, owner: String? = nil, milestone: String? = nil, due: CalendarDay? = nil,
        clearDue: Bool = false, programme: String? = nil, note: String? = nil,
        ratings: [Dimension: RAGStatus] = [:], tolerance: String? = nil
    ) {
        self.ratings = ratings
        self.tolerance = tolerance
        self.name = name
        self.owner = owner
        self.milestone = milestone
        self.due = due
        self.clearDue = clearDue
        self.programme = programme
        self.note = note
    }
}

/// Who is acting, on which week, and when.
public struct ActionContext: Sendable {
    public var person: String
    public var week: ISOWeek
    public var now: Date
    public var today: CalendarDay
    /// `cli`, `dashboard`, `ssh`…: where the change came from, for the journal.
    public var origin: String
    /// The SSH access name, when the change came through `weekboard gate`.
    public var access: String?
    /// The config's other names for services.
    public var serviceAliases: ServiceAliases
    /// `today` is a day in a past week (`--week last` on a board change): a status update may not
    /// then go before the project's latest one.
    public var backdated = false
    /// The person's name as typed (`Sam Patel`): kept in the store by the change that first gives
    /// them data (`PersonProfile`); nil keeps none.
    public var displayName: String?
    /// What marks a caller as calling too often (the config's `followUpContacts` and `followUpDays`).
    public var followUpRule = FollowUpList.Rule()

    public init(
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

    public var source: ChangeSource { ChangeSource(person: person, origin: origin, access: access) }
}

/// What a change did, in words for the CLI and the dashboard's message line.
public struct ActionOutcome: Equatable, Sendable {
    public let message: String
    /// The journal entry of the change; nil when it changed nothing.
    public let entry: JournalEntry?
    /// Damage set aside so the change could be made (`Committed.notices`).
    public var notices: [String] = []

    public init(message: String, entry: JournalEntry? = nil) {
        self.message = message
        self.entry = entry
    }
}
