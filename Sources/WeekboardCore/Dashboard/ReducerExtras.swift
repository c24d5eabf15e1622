/// The reducer for `w` (weeknote preview and save), `o` (OKRs on the board) and `h` (history).
/// Reading and writing files are effects; their results come back here as events.
extension Dashboard {
    static func openWeeknote(_ s: inout DashboardState) {
        guard s.snapshot?.week == s.week else {
            s.message = Message("Nothing to preview: the week could not be read.", .error)
            return
        }
        s.overlay = .weeknote(scroll: 0)
    }

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

    static func openHistory(_ s: inout DashboardState, _ effects: inout [Effect]) {
        s.history = nil
        s.overlay = .history(scroll: 0)
        effects.append(.loadHistory(s.week))
    }

    /// True (with a message) for keys that would edit a project while the board shows OKRs.
    static func refusedInOKRView(_ command: Command, _ s: inout DashboardState) -> Bool {
        guard s.boardView == .okrs, s.focused == .board, !s.teamView, command == .edit || command == .setStatus else { return false }
        s.message = Message("OKRs change with 'weekboard okr update'; o shows the projects again.")
        return true
    }

    /// Keys in the weeknote preview and the history: scroll, save (weeknote), close.
    static func reduceDocument(_ s: inout DashboardState, _ key: Key, _ overlay: Overlay, _ effects: inout [Effect]) {
        let weeknote: Bool
        let scroll: Int
        switch overlay {
        case .weeknote(let n): (weeknote, scroll) = (true, n)
        case .history(let n): (weeknote, scroll) = (false, n)
        default: return
        }
        func set(_ n: Int) { s.overlay = weeknote ? .weeknote(scroll: n) : .history(scroll: n) }
        let limit = weeknote ? WeeknoteOverlay.maxScroll(s) : HistoryOverlay.maxScroll(s)
        let page = max(1, TextOverlay.content(width: s.width, height: s.height).height - 1)
        if key == .ctrl("c") { effects.append(.quit); return }
        if case .mouse(_, _, let event) = key {
            if event == .wheelDown { set(min(limit, scroll + 3)) }
            if event == .wheelUp { set(max(0, scroll - 3)) }
            return
        }
        let opener: Key = weeknote ? .char("w") : .char("h")
        guard let command = key == opener ? .close : TextOverlay.command(for: key, weeknote: weeknote) else { return }
        switch command {
        case .close:
            s.overlay = nil
            s.history = nil
        case .save:
            guard let snapshot = s.snapshot else { return }
            let name = s.exportPath ?? WeeknoteOverlay.defaultFileName(snapshot.week)
            s.editing = EditSession(target: .exportPath, text: name, maxLength: 1024)
        default:
            if let next = TextOverlay.scrolled(command, from: scroll, limit: limit, page: page) { set(next) }
        }
    }

    /// Enter on the file name: save (the file is written by the controller, never over another).
    static func commitExport(_ text: String, _ s: inout DashboardState, _ effects: inout [Effect]) {
        let path = text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            s.message = Message("Type a file name to save to: Esc cancels", .error)
            return
        }
        s.editing = nil
        guard let markdown = WeeknoteOverlay.markdown(s) else {
            s.message = Message("Not saved: the week could not be read.", .error)
            return
        }
        s.exportPath = path
        effects.append(.saveWeeknote(path: path, markdown: markdown))
    }

    /// The file is never replaced: an existing one is left as it was and another name asked for.
    static func weeknoteSaved(path: String, _ result: Result<String, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let fullPath):
            s.exportPath = nil
            s.message = Message("Saved the weeknote to \(fullPath)", .success)
        case .failure(let failure) where failure.kind == .exists:
            s.message = Message("Not saved: \(path) already exists (left as it was); s for another name", .error)
        case .failure(let failure):
            s.message = Message("Not saved: \(failure.reason)", .error)
        }
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
