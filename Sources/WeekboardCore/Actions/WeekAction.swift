/// A change to one person's week file made from that file alone: focus, goals and notes. The store's
/// write and the dashboard's preview of it (drawn before the write) both apply it with
/// `PersonWeek.apply`, so they cannot differ.
package enum WeekAction: Equatable, Sendable {
    case setFocus(String)
    case setGoal(slot: Int, text: String)
    /// New words for the same goal: its state (done, nearly…) is kept, so a corrected typo never
    /// reopens a goal met. `setGoal` is for a different goal, which starts open.
    case editGoal(slot: Int, text: String)
    case setGoalState(slot: Int, GoalState)
    /// Dashboard `1`/`2`/`3`: done, or back to open when already done.
    case toggleGoalDone(slot: Int)
    case clearGoal(slot: Int)
    /// Swaps two goal slots.
    case moveGoal(from: Int, to: Int)
    case addNote(NoteSection, String)
    /// Entry `number` (from 1) of a section: new text, or removed.
    case editNote(NoteSection, number: Int, String)
    case removeNote(NoteSection, number: Int)
}
