import Foundation

/// What the board panel lists (`o` switches).
enum BoardView: Equatable, Sendable {
    case projects, okrs
}
