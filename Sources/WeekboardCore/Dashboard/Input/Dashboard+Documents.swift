/// Keys in the document overlays (the weeknote preview and the history).
extension Dashboard {
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
}
