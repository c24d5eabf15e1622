import WeekboardCore

package extension FarDates {
    /// Why a figure typed for `week` needs `--any-date` (nil when it does not): the rule imports apply to
    /// their rows, so `calls record --week 9999-W52` is not taken without a word where an import is refused.
    static func problem(week: ISOWeek, today: CalendarDay) -> String? {
        guard let far = distance(week.monday, today: today) else { return nil }
        return "week \(week.id) (from \(week.monday.iso)) is \(far): pass --any-date if that is right"
    }
}
