/// What a key asks the dashboard to do (outside the line editor and overlays).
enum Command: Equatable, Sendable {
    case toggleGoal(Int)
    case goalNearly, goalDropped
    case nextPanel, previousPanel
    case down, up, pageDown, pageUp
    /// `g` / Home and `G` / End: the first and the last row of the list.
    case first, last
    case edit, setStatus
    case previousWeek, nextWeek, thisWeek
    case carry
    /// `C`: last week's "next week" notes into empty goal slots.
    case carryFromNotes
    /// `a`: add an item where the user is (a note, a project).
    case add
    /// `A` on the board: archive the selected project (after y/n).
    case archive
    /// `d`: clear the selected goal, remove the selected note (after y/n).
    case remove
    /// `J` / `K`: move the selected goal down or up a slot.
    case moveItemDown, moveItemUp
    case reload
    case team, closeTeam
    /// `w`: preview (and save) the week's weeknote.
    case weeknote
    /// `o`: the board panel shows OKRs instead of projects, or back.
    case toggleOKRs
    /// `h`: past weeks' goal outcomes and contact volumes.
    case history
    /// `H` on the board: preview (and save) the selected programme's highlight report.
    case highlight
    /// `R` `I` `D` `N` on the board: add a risk, issue, decision or action to the selected project;
    /// `X`: close one of its risks or issues (or an action done); `V`: record a decision.
    case addRAID(RAIDKind), closeRAID, recordDecision
    /// `M` on the board: run a board meeting on the selected project's programme.
    case meeting
    /// `u`: take back my last change; Ctrl-R: put it back; `L`: the log of the week's changes.
    case undo, redo, log
    /// `S`: sync with the team's git remote now (the dashboard also syncs every few minutes).
    case sync
    /// `f` on the contact centre: the callers calling too often, and following them up.
    case followUps
    /// `P`: the conflicts a sync left, with both values; picking one there (`s`, `o`) is a change.
    case conflicts
    case help
    case quit

    /// Commands that write to the store: refused in read-only mode.
    var changesData: Bool {
        switch self {
        case .toggleGoal, .goalNearly, .goalDropped, .edit, .setStatus, .carry, .carryFromNotes, .add, .archive,
            .remove,
            .moveItemDown, .moveItemUp, .undo, .redo, .addRAID, .closeRAID, .recordDecision, .sync:
            return true
        default: return false
        }
    }
}
