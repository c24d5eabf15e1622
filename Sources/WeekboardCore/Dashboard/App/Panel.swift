import Foundation

/// The four panels, in `Tab` order.
enum Panel: Int, CaseIterable, Equatable, Sendable {
    case focus, goals, board, contacts

    /// `board`: how the help names a panel.
    var shortName: String {
        switch self {
        case .focus: return "focus"
        case .goals: return "goals"
        case .board: return "board"
        case .contacts: return "contacts"
        }
    }

    var title: String {
        switch self {
        case .focus: return "Focus"
        case .goals: return "Goals"
        case .board: return "Programme board"
        case .contacts: return "Contact centre"
        }
    }
}
