#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The panels, in `Tab` order. Notes has its own rectangle where the screen has room, else it is
/// shown in the board's place while it has the focus.
enum Panel: Int, CaseIterable, Equatable, Sendable {
    case focus, goals, board, contacts, notes

    /// `board`: how the help names a panel.
    var shortName: String {
        switch self {
        case .focus: return "focus"
        case .goals: return "goals"
        case .board: return "board"
        case .contacts: return "contacts"
        case .notes: return "notes"
        }
    }

    var title: String {
        switch self {
        case .focus: return "Focus"
        case .goals: return "Goals"
        case .board: return "Programme board"
        case .contacts: return "Contact centre"
        case .notes: return "Notes"
        }
    }
}
