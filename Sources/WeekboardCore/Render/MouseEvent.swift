package enum MouseEvent: Equatable, Sendable {
    case press, wheelUp, wheelDown
}
