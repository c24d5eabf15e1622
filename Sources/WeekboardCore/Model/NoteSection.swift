#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The list sections of a weeknote.
package enum NoteSection: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case watch, learning, next

    package var title: String {
        switch self {
        case .watch: return "Ones to watch"
        case .learning: return "What I'm learning"
        case .next: return "Next week"
        }
    }
}
