#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything one screen of weekboard shows for one person and week, read from the store
/// without a lock. Status, the dashboard and the weeknote all start from this.
package struct WeekSnapshot: Sendable {
    package let storeName: String
    package let person: String
    package let week: ISOWeek
    package let today: CalendarDay
    package internal(set) var mine: PersonWeek
    package internal(set) var score: WeekScore
    /// Positive weeks in a row up to this week (or up to last week while this one is not yet positive).
    package internal(set) var streak: Int
    package let programmes: [ProgrammeRollUp]
    package var contacts: [ContactRow]
    package internal(set) var team: [TeamMember]
    /// Repeat callers per service this week, from per-contact imports only: a service imported
    /// as weekly totals (or not imported) is absent.
    package var repeatCallers: [String: RepeatCallerStats] = [:]
    /// For a past week: the day (its Sunday) the board is shown as at; nil for this week and later.
    package var boardAsAt: CalendarDay?
    /// How the person is shown (`Sam Patel`, where `person` is the folder `sam-patel`): `OwnName`.
    package var displayName: String?
    package var personName: String { displayName ?? person }

    package struct TeamMember: Equatable, Sendable {
        package let person: String
        package let week: PersonWeek
        /// The name kept for them in the store (`PersonProfile`); nil shows the folder's name.
        package var displayName: String? = nil
        package var score: WeekScore { WeekScore(week) }
        package var name: String { displayName ?? person }
    }

    package var isCurrentWeek: Bool { week == ISOWeek(containing: today) }

    /// With `colleagues: false` the team holds this person only (for views that show no team:
    /// each colleague is a file read). `names`: read the names people are shown by (`own` for this
    /// person): one small file each; off for output that names people by their folder (`--json`).
    package static func load(
        store: Store, person: String, week: ISOWeek, today: CalendarDay,
        baselineYears: Int = 3, colleagues: Bool = true, completeWeeks: Int? = 4, names: Bool = true,
        own: OwnName = OwnName()
    ) throws -> WeekSnapshot {
        // One consistent view: never half of a change that writes several files.
        try store.reading { store in
            var s = try read(
                store: store, person: person, week: week, today: today, baselineYears: baselineYears,
                colleagues: colleagues, completeWeeks: completeWeeks, names: names)
            if names {
                s.displayName = own.shown(kept: s.team.first { $0.person == person }?.displayName, folder: person)
                s.team = s.team.map { m in
                    var m = m
                    if m.person == person { m.displayName = s.displayName }
                    return m
                }
            }
            return s
        }
    }

    private static func read(
        store: Store, person: String, week: ISOWeek, today: CalendarDay, baselineYears: Int, colleagues: Bool,
        completeWeeks: Int?, names: Bool
    ) throws -> WeekSnapshot {
        let info = try store.info()
        // A format-1 store keeps contacts by year: read as this format, they would look empty.
        if info.schemaVersion < StoreInfo.schemaVersion {
            throw StoreError.olderFormat(path: store.root.path, found: info.schemaVersion)
        }
        let mine = try store.read(StoreFiles.personWeek(person, week))
        // A week still in progress does not break the streak: count up to last week until this one is positive.
        let streakEnd = WeekScore(mine).positive ? week : week.previous
        let streak = try Streak.count(upTo: streakEnd, index: store.positiveWeeks(person)) { w in
            w == week ? mine : try store.read(StoreFiles.personWeek(person, w))
        }
        // Only an old week (before board.json's recent window) reads the archived history.
        // A past week shows the board as it stood at the end of that week.
        let asAt: CalendarDay? = week.sunday < today ? week.sunday : nil
        let board = try asAt.map { try store.board(asAt: $0, week: week) } ?? store.board(for: week)
        // Complete projects leave the board `completeWeeks` after their last update (nil: never).
        let hideBefore = completeWeeks.map { min(today, week.sunday).adding(days: -7 * $0) }
        let contacts = try ContactWeeks(store: store).rows(week: week, baselineYears: baselineYears)
        var team: [TeamMember] = []
        for p in colleagues ? try store.people() : [] {
            let w = p == person ? mine : try store.read(StoreFiles.personWeek(p, week))
            team.append(TeamMember(person: p, week: w, displayName: names ? try store.displayName(of: p) : nil))
        }
        if !team.contains(where: { $0.person == person }) {
            team.append(
                TeamMember(person: person, week: mine, displayName: names ? try store.displayName(of: person) : nil))
        }
        // One `stat` when the week has no per-contact import (and none at all without a callers/ folder).
        let callers = store.hasCallers(week) ? try RepeatCallers.load(store: store, week: week) : [:]
        return WeekSnapshot(
            storeName: info.name, person: person, week: week, today: today, mine: mine,
            score: WeekScore(mine), streak: streak,
            programmes: ProgrammeRollUp.make(board, hideCompleteBefore: hideBefore),
            contacts: contacts, team: team.sorted { $0.person < $1.person }, repeatCallers: callers, boardAsAt: asAt)
    }
}
