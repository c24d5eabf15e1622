#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Something drawn over the panels.
enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    /// Choosing a project's status; `index` into `RAGStatus.allCases`.
    case statusPicker(project: String, index: Int)
    /// `w`: the week's weeknote as it would be saved; `scroll` is the first line shown.
    case weeknote(scroll: Int)
    /// `h`: past weeks' goal outcomes and contacts (`DashboardState.history`, loaded on opening).
    case history(scroll: Int)
    /// `H` on the board: the highlight report for one programme, as `s` there saves it.
    case highlight(programme: String, scroll: Int)
    /// `L`: the journal's changes on the week shown (`DashboardState.log`, loaded on opening).
    case log(scroll: Int)
    /// `f` on the contact centre: the callers calling too often (`DashboardState.followUps`); `index` is
    /// the one selected.
    case followUps(index: Int)
    /// A y/n question on the message line before a change that removes something.
    case confirm(Confirmation)
    /// `M` on the board or `weekboard board meeting`: the meeting's current item (`DashboardState.meeting`).
    case meeting
    /// `P`: the conflicts a sync left (`DashboardState.conflicts`); `index` is the one selected.
    case conflicts(index: Int)

    /// The previews whose `s` saves them to a file.
    var savesToFile: Bool {
        switch self {
        case .weeknote, .highlight: return true
        default: return false
        }
    }
}
