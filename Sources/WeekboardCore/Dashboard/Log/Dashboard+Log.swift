/// `u` undo, Ctrl-R redo and `L` the log: the store's journal from the dashboard.
extension Dashboard {
    static func openLog(_ s: inout DashboardState, _ effects: inout [Effect]) {
        s.log = nil
        s.overlay = .log(scroll: 0)
        effects.append(.loadLog(s.week))
    }

    /// The `L` overlay's entries; on failure it closes with the reason.
    static func logLoaded(_ result: Result<[JournalEntry], EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let entries): s.log = entries
        case .failure(let failure):
            if case .log? = s.overlay { s.overlay = nil }
            s.message = Message("Cannot show the log: \(failure.reason)", .error)
        }
    }
}
