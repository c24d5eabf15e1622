/// Everything that can happen to the dashboard: input from the terminal, the clock, and the
/// results of the effects the reducer asked for. Only the reducer turns events into state.
enum DashboardEvent: Sendable {
    case key(Key)
    /// Text the terminal pasted (bracketed paste): text, never keys.
    case paste(String)
    /// The terminal's size, sent before the first frame and after every resize.
    case resized(width: Int, height: Int)
    /// About a second without input: today's date, and whether the watched store files changed.
    case tick(today: CalendarDay, storeChanged: Bool)
    /// `Effect.loadWeek`'s result, read on `today`.
    case weekLoaded(ISOWeek, today: CalendarDay, Result<WeekSnapshot, EffectFailure>)
    /// `Effect.perform`'s result: the outcome's message, or why nothing was written. `restoring` is
    /// the edit the change came from, which comes back on failure so the text is not lost.
    case performed(Result<String, EffectFailure>, restoring: EditSession?)
    /// A change to the person's own week, shown before it is written: the week and message it will have.
    case applied(PersonWeek, message: String)
    /// That change written: the week's file as read back after it (or why it could not be), the message.
    case saved(Result<PersonWeek, EffectFailure>, message: String)
    /// That change not written: the snapshot from before it comes back, with the edit it came from.
    case notSaved(EffectFailure, before: WeekSnapshot, restoring: EditSession?)
    case okrsLoaded(Result<OKRSet, EffectFailure>)
    case historyLoaded(Result<GoalHistory, EffectFailure>)
    case logLoaded(Result<[JournalEntry], EffectFailure>)
    case followUpsLoaded(Result<FollowUpList, EffectFailure>)
    case conflictsLoaded(Result<[SyncConflict], EffectFailure>)
    /// `Effect.saveWeeknote`'s result: the full path written.
    case weeknoteSaved(path: String, Result<String, EffectFailure>)
    /// `Effect.saveReport`'s result: the full path written.
    case reportSaved(path: String, Result<String, EffectFailure>)
    /// The sync's state for the header (nil: no remote), whether one is running, and what to say.
    case syncState(headline: String?, running: Bool, message: Message?)
    /// The background sync ended: the header's new words and how it went (nil: not known).
    case syncEnded(headline: String?, outcome: SyncOutcome?)
    /// `weekboard board meeting`: open the meeting on these programmes (empty: every active one).
    case startMeeting(programmes: [String])
}
