import WeekboardCore

/// How much history a generated benchmark store holds. The current week looks the same in all
/// three; only the past grows, which is what the benchmarks compare.
package enum GeneratedStoreSize: String, CaseIterable, Sendable {
    /// Just this week: focus, goals, notes, a board with one update per project, one week of contacts.
    case week
    /// 52 weeks of everything.
    case year
    /// 520 weeks of focus, goals and notes; 60 projects with 10–40 status updates each;
    /// 8 services × 520 weeks of contacts with channel breakdowns.
    case decade

    /// Weeks of focus, goals, notes and contacts, ending with the current week.
    package var weeks: Int {
        switch self {
        case .week: return 1
        case .year: return 52
        case .decade: return 520
        }
    }

    /// Projects on the board.
    package var projects: Int {
        switch self {
        case .week: return 12
        case .year: return 30
        case .decade: return 60
        }
    }

    /// Status updates per project (each project gets a seeded count in this range).
    package var updates: ClosedRange<Int> {
        switch self {
        case .week: return 1...1
        case .year: return 4...12
        case .decade: return 10...40
        }
    }

    /// OKR objectives (each with three key results).
    package var objectives: Int {
        switch self {
        case .week: return 2
        case .year: return 4
        case .decade: return 6
        }
    }
}
