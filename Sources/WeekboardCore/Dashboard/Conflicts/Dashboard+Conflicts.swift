/// `P`: the conflicts a sync left, and picking a value for one (`s` keeps the shown value, `o` takes the
/// other): `Action.sync(.resolveConflict)`, the change `weekboard sync resolve` makes, journalled and
/// undone by `u`.
extension Dashboard {
    static func openConflicts(_ s: inout DashboardState, _ effects: inout [Effect]) {
        s.overlay = .conflicts(index: 0)
        effects.append(.loadConflicts)
    }

    /// Read with every week loaded (after a change, an undo, a sync that brought files in): the header
    /// counts them and the view lists them. On failure the view closes with the reason; elsewhere the
    /// header says nothing of conflicts it cannot read, and `P` says why.
    static func conflictsLoaded(_ result: Result<[SyncConflict], EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let list):
            s.conflicts = list
            if case .conflicts(let index)? = s.overlay {
                s.overlay = .conflicts(index: max(0, min(index, list.count - 1)))
            }
        case .failure(let failure):
            s.conflicts = nil
            if case .conflicts? = s.overlay {
                s.overlay = nil
                s.message = Message("Cannot show the conflicts: \(failure.reason)", .error)
            }
        }
    }

    static func reduceConflicts(_ s: inout DashboardState, _ key: Key, index: Int, _ effects: inout [Effect]) {
        guard let command = ConflictsOverlay.command(for: key) else { return }
        let count = s.conflicts?.count ?? 0
        if command.changesData && s.settings.readOnly {
            s.message = .readOnly
            return
        }
        switch command {
        case .close: s.overlay = nil
        case .quit: effects.append(.quit)
        case .down: s.overlay = .conflicts(index: min(max(0, count - 1), index + 1))
        case .up: s.overlay = .conflicts(index: max(0, index - 1))
        case .first: s.overlay = .conflicts(index: 0)
        case .last: s.overlay = .conflicts(index: max(0, count - 1))
        case .undo: effects.append(.undo)
        case .keepShown, .takeOther:
            guard let conflict = s.conflicts?[safe: index] else { return }
            let keep: ConflictPick = command == .keepShown ? .shown : .other
            // By its whole id: the very conflict on screen, whatever a sync has added meanwhile.
            effects.append(.perform(.sync(.resolveConflict(id: conflict.id, keep: keep)), week: s.week))
            // The last one picked: back to the board, where the value kept shows.
            if count == 1 { s.overlay = nil }
        }
    }
}
