#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One part of a weeknote: a heading and its paragraphs and list items. Sections with nothing
/// to say are never built, so a weeknote has no empty headings.
struct WeeknoteSection: Equatable, Sendable {
    let title: String
    let paragraphs: [String]
    let items: [String]

    var isEmpty: Bool { paragraphs.isEmpty && items.isEmpty }
}
