/// Goal keys: `1` `2` `3` tick, `n` nearly, `x` dropped.
extension Dashboard {
    static func toggleGoal(_ n: Int, _ s: inout DashboardState, _ effects: inout [Effect]) {
        if let snapshot = s.snapshot, snapshot.week == s.week, snapshot.mine.goals[n - 1] == nil {
            s.teamView = false
            s.focused = .goals
            s.goalSlot = n
            s.message = Message("Goal \(n) is empty: press e to write it.")
            return
        }
        effects.append(.perform(.toggleGoalDone(slot: n), week: s.week))
    }

    /// `n` / `x`: set the state, or back to open when the goal is already in it.
    static func setGoalState(_ target: GoalState, _ s: inout DashboardState, _ effects: inout [Effect]) {
        guard let goal = s.snapshot?.mine.goals[s.goalSlot - 1] else {
            s.message = Message("Goal \(s.goalSlot) is empty: press e to write it.")
            return
        }
        effects.append(.perform(.setGoalState(slot: s.goalSlot, goal.state == target ? .open : target), week: s.week))
    }
}
