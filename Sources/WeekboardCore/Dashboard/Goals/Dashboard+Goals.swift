/// Goal keys: `1` `2` `3` tick, `n` nearly, `x` dropped, `d` clear, `J`/`K` move.
extension Dashboard {
    static func toggleGoal(_ n: Int, _ s: inout DashboardState, _ effects: inout [Effect]) {
        if let snapshot = s.snapshot, snapshot.week == s.week, snapshot.mine.goals[n - 1] == nil {
            s.teamView = false
            s.focused = .goals
            s.goalSlot = n
            s.message = Message("Goal \(n) is empty: press e to write it.")
            return
        }
        effects.append(.perform(.week(.toggleGoalDone(slot: n)), week: s.week))
    }

    /// `n` / `x`: set the state, or back to open when the goal is already in it.
    static func setGoalState(_ target: GoalState, _ s: inout DashboardState, _ effects: inout [Effect]) {
        guard let goal = s.snapshot?.mine.goals[s.goalSlot - 1] else {
            s.message = Message("Goal \(s.goalSlot) is empty: press e to write it.")
            return
        }
        effects.append(
            .perform(.week(.setGoalState(slot: s.goalSlot, goal.state == target ? .open : target)), week: s.week))
    }

    /// `d` on a goal: clear it, once `y` confirms.
    static func clearGoal(_ s: inout DashboardState) {
        guard let goal = s.snapshot?.mine.goals[s.goalSlot - 1] else {
            s.message = Message("Goal \(s.goalSlot) is already empty.")
            return
        }
        confirm(
            "Clear goal \(s.goalSlot) “\(goal.text)”? y/n", .week(.clearGoal(slot: s.goalSlot)),
            cancelled: "Goal \(s.goalSlot) kept.", &s)
    }

    /// `J`/`K` on a goal: swap it with the next or previous slot; the selection follows it.
    static func moveGoal(by delta: Int, _ s: inout DashboardState, _ effects: inout [Effect]) {
        let to = s.goalSlot + delta
        guard (1...PersonWeek.slots).contains(to) else { return }
        guard s.snapshot?.mine.goals[s.goalSlot - 1] != nil else {
            s.message = Message("Goal \(s.goalSlot) is empty: nothing to move.")
            return
        }
        effects.append(.perform(.week(.moveGoal(from: s.goalSlot, to: to)), week: s.week))
        s.goalSlot = to
    }
}
