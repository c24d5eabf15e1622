import Foundation

/// What the board panel lists (`o` switches).
public enum BoardView: Equatable, Sendable {
    case projects, okrs
}
