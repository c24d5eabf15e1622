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

    /// The title inside a sentence ("Added to what I'm learning."): lower case, but "I" stays a capital.
    package var inSentence: String {
        switch self {
        case .watch: return "ones to watch"
        case .learning: return "what I'm learning"
        case .next: return "next week"
        }
    }
}
