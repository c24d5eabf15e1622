/// `o`: the board panel shows OKRs instead of projects; they are read as an effect.
extension Dashboard {
    static func toggleOKRs(_ s: inout DashboardState, _ effects: inout [Effect]) {
        switch s.boardView {
        case .projects:
            s.boardView = .okrs
            s.okrScroll = 0
            effects.append(.loadOKRs)
        case .okrs:
            s.boardView = .projects
        }
    }

    /// True (with a message) for keys that would edit a project while the board shows OKRs.
    static func refusedInOKRView(_ command: Command, _ s: inout DashboardState) -> Bool {
        guard s.boardView == .okrs, s.focused == .board, !s.teamView,
            command.isAboutProject, command != .highlight
        else {
            return false
        }
        s.message = Message("OKRs change with 'weekboard okr update'; o shows the projects again.")
        return true
    }

    /// `okrs.json` for the board's OKR view (read on `o`, and on every reload while it is shown).
    static func okrsLoaded(_ result: Result<OKRSet, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let set):
            s.okrs = set
            s.okrError = nil
        case .failure(let failure):
            s.okrs = nil
            s.okrError = failure.reason
        }
    }
}
