/// Work the reducer asks for, as data; the runtime carries it out through the environment and
/// sends the result back as a `DashboardEvent`.
enum Effect: Equatable, Sendable {
    /// Run the action in one store transaction, for this week. `restoring`: the edit it came from.
    case perform(Action, week: ISOWeek, restoring: EditSession? = nil)
    /// Read the week's snapshot (after a week change, `r`, a change, or the store changing on disk).
    case loadWeek(ISOWeek)
    /// Repaint the whole terminal once (Ctrl-L, `r`, resize).
    case redraw
    /// Write `markdown` to `path` (relative to the export folder); never replaces a file.
    case saveWeeknote(path: String, markdown: String)
    /// Write a highlight report (`text`, already in the format the name asks for) to `path`, as
    /// `saveWeeknote` does: relative to the export folder, never replacing a file.
    case saveReport(path: String, text: String)
    /// Read the history through this week for the `h` overlay (on demand only: up to a year of files).
    case loadHistory(ISOWeek)
    /// Read the OKRs for the board panel's OKR view.
    case loadOKRs
    /// Take back (or put back) the person's last change, as a new change; the result comes back as `performed`.
    case undo, redo
    /// Read the journal's changes on this week for the `L` overlay.
    case loadLog(ISOWeek)
    case loadFollowUps
    /// Read the conflicts a sync left (`conflicts.json`), for the header and the `P` view.
    case loadConflicts
    /// Start a sync in the background (`DashboardEnvironment.sync`); it ends on a later tick.
    case startSync
    case quit

    /// Effects that change the store: never run read-only.
    var writes: Bool {
        switch self {
        case .perform, .undo, .redo, .startSync: return true
        default: return false
        }
    }
}
