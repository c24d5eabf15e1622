/// `h`: past weeks' goals and contacts, read as an effect when the overlay opens.
extension Dashboard {
    static func openHistory(_ s: inout DashboardState, _ effects: inout [Effect]) {
        s.history = nil
        s.overlay = .history(scroll: 0)
        effects.append(.loadHistory(s.week))
    }

    /// The `h` overlay's data; on failure it closes with the reason.
    static func historyLoaded(_ result: Result<GoalHistory, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let history): s.history = history
        case .failure(let failure):
            if case .history? = s.overlay { s.overlay = nil }
            s.message = Message("Cannot show the history: \(failure.reason)", .error)
        }
    }
}
