/// A key press or mouse event, as the front end reports it to the core (a resize is not a key:
/// it reaches the dashboard as `ScreenDriver.resize`).
package enum Key: Equatable, Sendable {
    case char(Character)
    case ctrl(Character)  // lower-case letter: .ctrl("a") is Ctrl-A
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1, F2…
    case function(Int)
    case mouse(x: Int, y: Int, event: MouseEvent)
}
