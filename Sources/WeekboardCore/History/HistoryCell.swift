/// How one past week's goals went, as one cell of the history strip.
package enum HistoryCell: String, Codable, Sendable, CaseIterable {
    /// Every goal that was set was done.
    case allMet = "all-met"
    /// Some goals done, not all.
    case some
    /// Goals were set and none was done.
    case none
    /// No goals were set (or nothing was recorded that week).
    case noGoals = "no-goals"

    package init(_ week: PersonWeek) {
        let score = WeekScore(week)
        if score.set == 0 {
            self = .noGoals
        } else if score.met == score.set {
            self = .allMet
        } else if score.met == 0 {
            self = .none
        } else {
            self = .some
        }
    }

    /// Distinct shapes, so the strip reads without colour: `●` `◐` `○` `·` (ASCII `X` `%` `_` `.`, marks that
    /// mean nothing else: `#` is Off track, `+` and `-` a trend).
    package func symbol(unicode: Bool) -> String {
        switch self {
        case .allMet: return unicode ? "●" : "X"
        case .some: return unicode ? "◐" : "%"
        case .none: return unicode ? "○" : "_"
        case .noGoals: return unicode ? "·" : "."
        }
    }

    package var word: String {
        switch self {
        case .allMet: return "all met"
        case .some: return "some"
        case .none: return "none"
        case .noGoals: return "no goals"
        }
    }

    package var role: Role {
        switch self {
        case .allMet: return .goalDone
        case .some: return .statusAmber
        case .none: return .text
        case .noGoals: return .muted
        }
    }
}
