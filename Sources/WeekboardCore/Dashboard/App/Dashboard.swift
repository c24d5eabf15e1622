/// The dashboard's pure functions: `reduce` turns an event into a new state and effects (as
/// data), `render` turns a state and a size into a frame. The runtime carries out the effects.
enum Dashboard {
    /// One event: the next state and what the runtime should do about it. The only writer of state.
    static func reduce(_ state: DashboardState, _ event: DashboardEvent) -> (DashboardState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch event {
        case .key(let key): reduceKey(&s, key, &effects)
        case .paste(let text): paste(text, &s)
        case .resized(let width, let height):
            s.width = max(0, width)
            s.height = max(0, height)
            effects.append(.redraw)
        case .tick(let today, let storeChanged):
            if today != s.today || storeChanged { effects.append(.loadWeek(s.week)) }
            fade(&s)
        case .weekLoaded(let week, let today, let result): weekLoaded(week, today: today, result, &s, &effects)
        case .performed(let result, let restoring): performed(result, restoring: restoring, &s, &effects)
        case .applied(let mine, let message): applied(mine, message: message, &s)
        case .saved(let result, let message): saved(result, message: message, &s, &effects)
        case .notSaved(let failure, let before, let restoring):
            notSaved(failure, before: before, restoring: restoring, &s, &effects)
        case .okrsLoaded(let result): okrsLoaded(result, &s)
        case .historyLoaded(let result): historyLoaded(result, &s)
        case .logLoaded(let result): logLoaded(result, &s)
        case .followUpsLoaded(let result): followUpsLoaded(result, &s)
        case .conflictsLoaded(let result): conflictsLoaded(result, &s)
        case .weeknoteSaved(let path, let result): weeknoteSaved(path: path, result, &s)
        case .reportSaved(let path, let result):
            if s.meeting?.ended == true {
                minutesSaved(result, &s, &effects)
            } else {
                reportSaved(path: path, result, &s)
            }
        case .startMeeting(let programmes): openMeeting(programmes: programmes, &s)
        case .syncState(let headline, let running, let message): syncState(headline, running: running, message, &s)
        case .syncEnded(let headline, let outcome): syncEnded(headline, outcome, &s)
        }
        // An edit that begins starts with a clear message line: what an earlier key said is not about
        // this field (a message set by this event, such as a failed save's reason, stays).
        if state.editing == nil, s.editing != nil, s.message == state.message { s.message = nil }
        // The one read-only guard: whatever asked for it, nothing is written.
        if s.settings.readOnly, effects.contains(where: \.writes) {
            effects.removeAll(where: \.writes)
            s.message = .readOnly
        }
        return (s, effects)
    }

    /// One idle tick for the message: information and success fade after a few seconds; an error
    /// or a question stays until the next one (and nothing fades while a field is being edited).
    static func fade(_ s: inout DashboardState) {
        guard var m = s.message, m.fades, s.editing == nil else { return }
        m.age += 1
        s.message = m.age >= Message.fadeTicks ? nil : m
    }

    /// If the week was already on screen and now fails to read (say a colleague saved a broken
    /// file by hand), the last good view stays with the error below it.
    static func weekLoaded(
        _ week: ISOWeek, today: CalendarDay, _ result: Result<WeekSnapshot, EffectFailure>,
        _ s: inout DashboardState, _ effects: inout [Effect]
    ) {
        s.today = today
        guard week == s.week else { return }  // an answer for a week no longer shown
        switch result {
        case .success(let snapshot):
            s.snapshot = snapshot
            s.loadError = nil
            if s.boardView == .okrs { effects.append(.loadOKRs) }
            // With the week, the conflicts a sync left: a pick, its undo or a sync shows at once.
            effects.append(.loadConflicts)
        case .failure(let failure):
            if s.snapshot?.week == s.week {
                s.message = Message("Could not reload: \(failure.reason)", .error)
            } else {
                s.snapshot = nil
                s.loadError = failure.reason
            }
        }
    }

    /// On failure nothing was written: the reason goes to the message line and the edit that
    /// was being saved comes back, so the text is not lost.
    static func performed(
        _ result: Result<String, EffectFailure>, restoring: EditSession?,
        _ s: inout DashboardState, _ effects: inout [Effect]
    ) {
        switch result {
        case .success(let message):
            s.meeting?.settle(written: true)
            s.message = Message(message, .success)
            effects.append(.loadWeek(s.week))
        case .failure(let failure):
            s.meeting?.settle(written: false)
            s.message = Message("Not saved: \(failure.reason)", .error)
            if s.editing == nil, let restoring { s.editing = restoring }
        }
    }
}
