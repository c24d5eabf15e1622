#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the board panel lists (`o` switches).
enum BoardView: Equatable, Sendable {
    case projects, okrs
}
