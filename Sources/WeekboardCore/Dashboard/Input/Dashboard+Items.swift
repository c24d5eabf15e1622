/// Keys that mean the same thing in several panels: `a` adds, `d` removes, `J`/`K` move the selected item.
extension Dashboard {
    static func add(_ s: inout DashboardState, _ effects: inout [Effect]) {
        switch s.focused {
        case .notes: addNote(&s)
        case .board: addProject(&s)
        case .contacts: addCount(&s)
        default: break
        }
    }

    static func remove(_ s: inout DashboardState) {
        switch s.focused {
        case .goals: clearGoal(&s)
        case .notes: removeNote(&s)
        default: break
        }
    }

    static func moveItem(by delta: Int, _ s: inout DashboardState, _ effects: inout [Effect]) {
        switch s.focused {
        case .goals: moveGoal(by: delta, &s, &effects)
        default: break
        }
    }
}
