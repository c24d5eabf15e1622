/// A change to the person's own week (focus, goals, notes) is shown as soon as it is asked for and
/// written right after that frame is drawn; the write then confirms it or takes it back
/// (docs/architecture.md, "Drawn before it is written").
extension Dashboard {
    /// The change as it will be written: the screen shows it, and its message, while it is saved.
    static func applied(_ mine: PersonWeek, message: String, _ s: inout DashboardState) {
        guard s.snapshot?.week == s.week, let next = s.snapshot?.replacingMine(mine) else { return }
        s.snapshot = next
        s.message = Message(message, .success)
    }

    /// Written: the week as its file now holds it (what is shown, unless someone else changed the file
    /// first); if it could not be read back, the whole week is read again.
    static func saved(
        _ reread: Result<PersonWeek, EffectFailure>, message: String, _ s: inout DashboardState,
        _ effects: inout [Effect]
    ) {
        s.message = Message(message, .success)
        if case .success(let mine) = reread, s.snapshot?.week == s.week, let next = s.snapshot?.replacingMine(mine) {
            s.snapshot = next
        } else {
            effects.append(.loadWeek(s.week))
        }
    }

    /// Not written: the screen goes back to the week as it was, says why, and an edit comes back.
    static func notSaved(
        _ failure: EffectFailure, before: WeekSnapshot, restoring: EditSession?, _ s: inout DashboardState,
        _ effects: inout [Effect]
    ) {
        if s.week == before.week { s.snapshot = before }
        performed(.failure(failure), restoring: restoring, &s, &effects)
    }
}
