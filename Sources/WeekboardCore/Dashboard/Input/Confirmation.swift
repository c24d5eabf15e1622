/// A change that waits for `y` (clearing a goal, removing a note, archiving a project): the
/// question shown on the message line and the action `y` performs. Anything else cancels.
struct Confirmation: Equatable, Sendable {
    var question: String
    var action: Action
    /// What the message line says when the answer is no.
    var cancelled: String
}
