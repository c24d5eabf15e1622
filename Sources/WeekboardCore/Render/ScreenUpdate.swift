/// What the front end should do after an event.
package enum ScreenUpdate: Equatable, Sendable {
    /// Nothing on screen changed.
    case none
    /// Draw the new frame (only the cells that changed).
    case draw
    /// Repaint the whole terminal once (Ctrl-L, `r`, resize).
    case redraw
    /// The user asked to quit.
    case quit

    /// This update followed by `next`: the stronger of the two (quit, then a repaint, then a draw).
    package func then(_ next: ScreenUpdate) -> ScreenUpdate {
        func rank(_ u: ScreenUpdate) -> Int {
            switch u {
            case .none: return 0
            case .draw: return 1
            case .redraw: return 2
            case .quit: return 3
            }
        }
        return rank(next) > rank(self) ? next : self
    }
}
