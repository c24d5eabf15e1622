/// What a front end drives: it asks for frames, reports keys and, when idle, ticks.
/// The dashboard controller conforms; the ncurses front end knows nothing else about the domain.
public protocol ScreenDriver: AnyObject {
    /// The whole screen at this size, any size (including 1×1).
    func render(width: Int, height: Int) -> Frame
    /// Handles one key or event; returns false when the user asked to quit.
    func handle(_ key: Key) -> Bool
    /// Called when no key arrived for about a second: reloads if the store changed on disk.
    /// Returns true when the screen should be redrawn.
    func tick() -> Bool
    /// Set after Ctrl-L, `r` or a resize: the front end repaints everything once, then clears it.
    var wantsFullRedraw: Bool { get set }
}
