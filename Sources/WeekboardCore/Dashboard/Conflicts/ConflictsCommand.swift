/// What a key does in the conflicts view (`P`): choose a conflict, pick one of its values, undo, close.
enum ConflictsCommand: Equatable, Sendable {
    case down, up, first, last
    /// Keep the value the store shows (`weekboard sync resolve ID --keep shown`).
    case keepShown
    /// Put the value it replaced back (`--keep other`).
    case takeOther
    /// Take back the last change (a pick included), as `u` does on the board.
    case undo
    case close, quit

    /// Commands that write to the store: refused in read-only mode.
    var changesData: Bool {
        switch self {
        case .keepShown, .takeOther, .undo: return true
        case .down, .up, .first, .last, .close, .quit: return false
        }
    }
}
