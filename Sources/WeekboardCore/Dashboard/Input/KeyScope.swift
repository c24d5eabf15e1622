/// Where a binding applies.
enum KeyScope: Equatable, Sendable {
    case anywhere
    case panels([Panel])
    case team

    func applies(panel: Panel, teamView: Bool) -> Bool {
        switch self {
        case .anywhere: return true
        case .panels(let list): return !teamView && list.contains(panel)
        case .team: return teamView
        }
    }
}
