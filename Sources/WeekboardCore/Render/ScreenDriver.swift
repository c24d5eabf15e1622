/// What a front end drives: it reports the size, keys and idle ticks, and asks for frames.
/// The dashboard runtime conforms; the ncurses front end knows nothing else about the domain.
package protocol ScreenDriver: AnyObject {
    /// The whole screen at this size, any size (including 1×1). Pure: it changes nothing.
    func render(width: Int, height: Int) -> Frame
    /// Handles one key.
    func handle(_ key: Key) -> ScreenUpdate
    /// Text pasted into the terminal (bracketed paste): never run as keys.
    func paste(_ text: String) -> ScreenUpdate
    /// The terminal's size: sent before the first frame and whenever it changes.
    func resize(width: Int, height: Int) -> ScreenUpdate
    /// Called when no key arrived for about a second: reloads if the store changed on disk.
    func tick() -> ScreenUpdate
    /// Called right after each frame is drawn: work that waited for the screen (a change drawn
    /// before it is written is written now). What to draw after it.
    func settle() -> ScreenUpdate
}

extension ScreenDriver {
    package func settle() -> ScreenUpdate { .none }
}
