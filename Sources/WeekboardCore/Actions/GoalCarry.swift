/// Goals brought into this week's file from earlier weeks' files (which is why they are not a
/// `WeekAction`: the dashboard cannot preview them from the week on screen).
package enum GoalCarry: Equatable, Sendable {
    /// Unfinished goals from the most recent earlier week with goals (up to four back).
    case unfinishedGoals
    /// Last week's "next week" notes into this week's empty goal slots.
    case nextWeekNotes
}
