#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `status --json`: the same facts as the text, for scripts. Field names are documented in the README.
package struct StatusReport: Codable, Equatable, Sendable {
    package struct WeekInfo: Codable, Equatable, Sendable {
        package let id: String
        package let label: String
        package let monday: CalendarDay
        package let current: Bool
    }
    package struct GoalInfo: Codable, Equatable, Sendable {
        package let slot: Int
        package let text: String?
        package let state: GoalState?
        package let changedAt: Date?
    }
    package struct Score: Codable, Equatable, Sendable {
        package let met: Int
        package let of: Int
        /// Goals set this week (fewer than `of` when a slot is empty).
        package let set: Int
        package let positive: Bool
        package let streak: Int
    }
    package struct ProjectInfo: Codable, Equatable, Sendable {
        package let name: String
        package let status: RAGStatus
        package let statusWord: String
        package let trend: String
        package let owner: String?
        package let note: String?
        package let milestone: String?
        package let due: CalendarDay?
        package let lastUpdate: CalendarDay
        package let daysSinceUpdate: Int
        package let stale: Bool
    }
    package struct ProgrammeInfo: Codable, Equatable, Sendable {
        package let name: String
        package let status: RAGStatus
        package let projects: [ProjectInfo]
    }
    package struct ContactInfo: Codable, Equatable, Sendable {
        package let service: String
        package let count: Int?
        package let baseline: Double?
        /// `same-week`, `recent-weeks` or `none`.
        package let basis: String
        /// Years (same-week) or weeks (recent-weeks) the baseline is the mean of.
        package let basisCount: Int
        package let deltaPercent: Double?
        /// This week by channel (`phone`, `email`, `web`, `in-person`), where recorded by channel.
        package let channels: [String: Int]?
        /// From per-contact imports; absent for a service imported as weekly totals only.
        package let repeatCallers: RepeatCallerInfo?
        /// Next week's forecast; absent without recent figures to make one.
        package var expectedNext: ExpectedNext? = nil
        /// The week's measures (`ContactMeasures`), each absent where the figure cannot have it (a total
        /// recorded by hand has no handled time), and each one's normal for the time of year where known.
        package var handledSecondsMedian: Int? = nil
        package var handledSecondsMedianNormal: Int? = nil
        package var abandonedPercent: Double? = nil
        package var abandonedPercentNormal: Double? = nil
        package var callingAgainPercent: Double? = nil
        package var callingAgainPercentNormal: Double? = nil
    }
    /// Next week's contacts expected for a service, with a range, and how far the same method was off
    /// over the past weeks (`meanErrorPercent` absent until it has four weeks to be judged on).
    package struct ExpectedNext: Codable, Equatable, Sendable {
        package let week: String
        package let count: Int
        package let low: Int
        package let high: Int
        package let meanErrorPercent: Double?
        package let trackWeeks: Int
        package let seasonal: Bool

        package init(_ f: Forecast) {
            week = f.week.id
            count = f.count
            low = f.low
            high = f.high
            meanErrorPercent = f.meanError.map { ($0 * 1000).rounded() / 10 }
            trackWeeks = f.trackWeeks
            seasonal = f.seasonal
        }
    }
    /// One service's repeat callers (3+ contacts in the week): pseudonymous refs, never a number.
    package struct RepeatCallerInfo: Codable, Equatable, Sendable {
        /// Contacts imported one row per contact (withheld callers included).
        package let contacts: Int
        package let callers: Int
        package let repeatCallers: Int
        package let repeatContacts: Int
        /// `repeatContacts` as a percentage of `contacts`, one decimal place.
        package let sharePercent: Double
        /// Up to five, most contacts first: `ref` (6 hex digits of the caller's token) and `contacts`.
        package let top: [RepeatCallerRef]
    }
    package struct MemberInfo: Codable, Equatable, Sendable {
        package let person: String
        package let focus: String?
        package let goals: [GoalState?]
        package let met: Int
    }

    package let store: String
    package let person: String
    package let week: WeekInfo
    package let focus: String?
    package let goals: [GoalInfo]
    package let score: Score
    package let notes: [String: [String]]
    package let board: [ProgrammeInfo]
    /// For a past week, the day the board is shown as at (its Sunday).
    package let boardAsAt: CalendarDay?
    package let contacts: [ContactInfo]
    package let team: [MemberInfo]

    /// `forecasts`: next week's per service (`ContactWeeks.forecasts`), where the caller made them.
    package init(_ s: WeekSnapshot, labelStyle: WeekLabelStyle, forecasts: [String: Forecast] = [:]) {
        store = s.storeName
        person = s.person
        week = WeekInfo(id: s.week.id, label: labelStyle.label(s.week), monday: s.week.monday, current: s.isCurrentWeek)
        focus = s.mine.focus
        goals = s.mine.goals.enumerated().map {
            GoalInfo(slot: $0 + 1, text: $1?.text, state: $1?.state, changedAt: $1?.changedAt)
        }
        score = Score(
            met: s.score.met, of: PersonWeek.slots, set: s.score.set, positive: s.score.positive, streak: s.streak)
        notes = Dictionary(uniqueKeysWithValues: NoteSection.allCases.map { ($0.rawValue, s.mine.notes($0)) })
        boardAsAt = s.boardAsAt
        board = s.programmes.map { p in
            ProgrammeInfo(
                name: p.name, status: p.status,
                projects: p.projects.map { pr in
                    ProjectInfo(
                        name: pr.name, status: pr.status, statusWord: pr.status.word, trend: pr.trend.word,
                        owner: pr.owner, note: pr.note, milestone: pr.milestone?.text, due: pr.milestone?.due,
                        lastUpdate: pr.lastUpdated, daysSinceUpdate: pr.daysSinceUpdate(today: s.today),
                        stale: pr.isStale(today: s.today))
                })
        }
        contacts = s.contacts.map { r in
            let (basis, n): (String, Int) =
                switch r.baseline.basis {
                case .sameWeek(let y): ("same-week", y)
                case .recentWeeks(let w): ("recent-weeks", w)
                case .none: ("none", 0)
                }
            var info = ContactInfo(
                service: r.service, count: r.count, baseline: r.baseline.value.map { ($0 * 10).rounded() / 10 },
                basis: basis, basisCount: n,
                deltaPercent: r.delta.map { ($0 * 1000).rounded() / 10 },
                channels: r.channels.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) },
                repeatCallers: s.repeatCallers[r.service].map {
                    RepeatCallerInfo(
                        contacts: $0.contacts, callers: $0.callers, repeatCallers: $0.repeatCallers,
                        repeatContacts: $0.repeatContacts, sharePercent: ($0.share * 1000).rounded() / 10, top: $0.top)
                })
            info.expectedNext = forecasts[r.service].map(ExpectedNext.init)
            let oneDecimal = { (p: Double?) in p.map { ($0 * 10).rounded() / 10 } }
            info.handledSecondsMedian = r.measures.handledSeconds.map { Int($0.rounded()) }
            info.handledSecondsMedianNormal = r.measuresNormal?.handledSeconds.map { Int($0.rounded()) }
            info.abandonedPercent = oneDecimal(r.measures.abandonedPercent)
            info.abandonedPercentNormal = oneDecimal(r.measuresNormal?.abandonedPercent)
            info.callingAgainPercent = oneDecimal(r.measures.callingAgainPercent)
            info.callingAgainPercentNormal = oneDecimal(r.measuresNormal?.callingAgainPercent)
            return info
        }
        team = s.team.map {
            MemberInfo(
                person: $0.person, focus: $0.week.focus, goals: $0.week.goals.map { $0?.state }, met: $0.score.met)
        }
    }
}
