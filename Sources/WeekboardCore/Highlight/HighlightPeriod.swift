/// The days a highlight report covers: status changes dated from `from` to `to` (both included)
/// are the period's news, and every status is read as it stood at the end of `to`.
///
/// Weekboard does not record when a report was last produced (an export never writes to the store,
/// so it works on a read-only store and over SSH), so by default the period is the 14 days up to
/// today: a fortnightly board. `--since` gives the date of the previous board instead.
package struct HighlightPeriod: Equatable, Sendable {
    /// How far back the default period reaches.
    package static let defaultDays = 14

    package let from: CalendarDay
    /// Never after the day the report is produced: a week still running ends today.
    package let to: CalendarDay
    /// The ISO week the period is, when it was chosen as one (`--week`).
    package let week: ISOWeek?

    init(from: CalendarDay, to: CalendarDay, week: ISOWeek? = nil) {
        self.from = from
        self.to = to
        self.week = week
    }

    /// The 14 days up to `today`: from the same weekday two weeks ago to today.
    package static func standard(today: CalendarDay) -> HighlightPeriod {
        HighlightPeriod(from: today.adding(days: -defaultDays), to: today)
    }

    /// From `day` to today. A day after today is refused.
    package static func since(_ day: CalendarDay, today: CalendarDay) throws -> HighlightPeriod {
        guard day <= today else {
            throw InputError("--since \(day.iso) is after today (\(today.iso)); give the date of the last report")
        }
        return HighlightPeriod(from: day, to: today)
    }

    /// Monday to Sunday of `week`, or to today while the week is still running. A week that has
    /// not started is refused.
    package static func week(_ week: ISOWeek, today: CalendarDay) throws -> HighlightPeriod {
        guard week.monday <= today else {
            throw InputError("week \(week.id) has not started yet (today is \(today.iso))")
        }
        return HighlightPeriod(from: week.monday, to: min(week.sunday, today), week: week)
    }

    package func contains(_ day: CalendarDay) -> Bool { day >= from && day <= to }

    /// `10 November 2026 to 24 November 2026`, or for a week
    /// `week 2026.48, 23 November 2026 to 24 November 2026 (so far)`.
    package func text(labelStyle: WeekLabelStyle) -> String {
        let days = "\(from.long) to \(to.long)"
        guard let week else { return days }
        return "week \(labelStyle.number(week)), \(days)" + (to < week.sunday ? " (so far)" : "")
    }
}
