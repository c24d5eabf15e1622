/// A key press or terminal event, as the front end reports it to the core.
public enum Key: Equatable, Sendable {
    case char(Character)
    case ctrl(Character)  // lower-case letter: .ctrl("a") is Ctrl-A
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case resize
    case mouse(x: Int, y: Int, event: MouseEvent)
}

public enum MouseEvent: Equatable, Sendable {
    case press, wheelUp, wheelDown
}
