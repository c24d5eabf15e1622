extension Action: CustomStringConvertible {
    /// The change itself, without the area that routes it (`toggleGoalDone(slot: 2)`, not
    /// `week(WeekboardCore.WeekAction.toggleGoalDone(slot: 2))`): what a log of effects names.
    package var description: String {
        switch self {
        case .week(let change): "\(change)"
        case .carry(let change): "\(change)"
        case .board(let change): "\(change)"
        case .raid(let project, let change): "raid(project: \(String(reflecting: project)), \(change))"
        case .contacts(let change): "\(change)"
        case .followUp(let change): "\(change)"
        case .sync(let change): "\(change)"
        }
    }
}
