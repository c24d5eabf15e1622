#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `status --json`: the same facts as the text, for scripts. Field names are documented in the README.
public struct StatusReport: Codable, Equatable, Sendable {
    public struct WeekInfo: Codable, Equatable, Sendable {
        public let id: String
        public let label: String
        public let monday: CalendarDay
        public let current: Bool
    }
    public struct GoalInfo: Codable, Equatable, Sendable {
        public let slot: Int
        public let text: String?
        public let state: GoalState?
        public let changedAt: Date?
    }
    public struct Score: Codable, Equatable, Sendable {
        public let met: Int
        public let of: Int
        /// Goals set this week (fewer than `of` when a slot is empty).
        public let set: Int
        public let positive: Bool
        public let streak: Int
    }
    public struct ProjectInfo: Codable, Equatable, Sendable {
        public let name: String
        public let status: RAGStatus
        public let statusWord: String
        public let trend: String
        public let owner: String?
        public let note: String?
        public let milestone: String?
        public let due: CalendarDay?
        public let lastUpdate: CalendarDay
        public let daysSinceUpdate: Int
        public let stale: Bool
    }
    public struct ProgrammeInfo: Codable, Equatable, Sendable {
        public let name: String
        public let status: RAGStatus
        public let projects: [ProjectInfo]
    }
    public struct ContactInfo: Codable, Equatable, Sendable {
        public let service: String
        public let count: Int?
        public let baseline: Double?
        /// `same-week`, `recent-weeks` or `none`.
        public let basis: String
        /// Years (same-week) or weeks (recent-weeks) the baseline is the mean of.
        public let basisCount: Int
        public let deltaPercent: Double?
        /// This week by channel (`phone`, `email`, `web`, `in-person`), where recorded by channel.
        public let channels: [String: Int]?
        /// From per-contact imports; absent for a service imported as weekly totals only.
        public let repeatCallers: RepeatCallerInfo?
        /// Next week's forecast; absent without recent figures to make one.
        public var expectedNext: ExpectedNext? = nil
        /// The week's measures (`ContactMeasures`), each absent where the figure cannot have it (a total
        /// recorded by hand has no handled time), and each one's normal for the time of year where known.
        public var handledSecondsMedian: Int? = nil
        public var handledSecondsMedianNormal: Int? = nil
        public var abandonedPercent: Double? = nil
        public var abandonedPercentNormal: Double? = nil
        public var callingAgainPercent: Double? = nil
        public var callingAgainPercentNormal: Double? = nil
    }
    /// Next week's contacts expected for a service, with a range, and how far the same method was off
    /// over the past weeks (`meanErrorPercent` absent until it has four weeks to be judged on).
    public struct ExpectedNext: Codable, Equatable, Sendable {
        public let week: String
        public let count: Int
        public let low: Int
        public let high: Int
        public let meanErrorPercent: Double?
        public let trackWeeks: Int
        public let seasonal: Bool

        public init(_ f: Forecast) {
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
    public struct RepeatCallerInfo: Codable, Equatable, Sendable {
        /// Contacts imported one row per contact (withheld callers included).
        public let contacts: Int
        public let callers: Int
        public let repeatCallers: Int
        public let repeatContacts: Int
        /// `repeatContacts` as a percentage of `contacts`, one decimal place.
        public let sharePercent: Double
        /// Up to five, most contacts first: `ref` (6 hex digits of the caller's token) and `contacts`.
        public let top: [RepeatCallerRef]
    }
    public struct MemberInfo: Codable, Equatable, Sendable {
        public let person: String
        public let focus: String?
        public let goals: [GoalState?]
        public let met: Int
    }

    public let store: String
    public let person: String
    public let week: WeekInfo
    public let focus: String?
    public let goals: [GoalInfo]
    public let score: Score
    public let notes: [String: [String]]
    public let board: [ProgrammeInfo]
    /// For a past week, the day the board is shown as at (its Sunday).
    public let boardAsAt: CalendarDay?
    public let contacts: [ContactInfo]
    public let team: [MemberInfo]

    /// `forecasts`: next week's per service (`ContactWeeks.forecasts`), where the caller made them.
    public init(_ s: WeekSnapshot, labelStyle: WeekLabelStyle, forecasts: [String: Forecast] = [:]) {
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
