/// Keys in the document overlays (the weeknote preview, the history and the highlight report).
extension Dashboard {
    /// Keys in a document overlay: scroll, save (the weeknote and the report), close.
    static func reduceDocument(_ s: inout DashboardState, _ key: Key, _ overlay: Overlay, _ effects: inout [Effect]) {
        let scroll: Int
        let limit: Int
        let opener: Key
        switch overlay {
        case .weeknote(let n): (scroll, limit, opener) = (n, WeeknoteOverlay.maxScroll(s), .char("w"))
        case .history(let n): (scroll, limit, opener) = (n, HistoryOverlay.maxScroll(s), .char("h"))
        case .log(let n): (scroll, limit, opener) = (n, LogOverlay.maxScroll(s), .char("L"))
        case .highlight(let programme, let n):
            (scroll, limit, opener) = (n, HighlightOverlay.maxScroll(s, programme: programme), .char("H"))
        default: return
        }
        let saves = overlay.savesToFile
        func set(_ n: Int) {
            switch overlay {
            case .weeknote: s.overlay = .weeknote(scroll: n)
            case .highlight(let programme, _): s.overlay = .highlight(programme: programme, scroll: n)
            case .log: s.overlay = .log(scroll: n)
            default: s.overlay = .history(scroll: n)
            }
        }
        let page = max(1, TextOverlay.content(width: s.width, height: s.height).height - 1)
        if key == .ctrl("c") { effects.append(.quit); return }
        if case .mouse(_, _, let event) = key {
            if event == .wheelDown { set(min(limit, scroll + 3)) }
            if event == .wheelUp { set(max(0, scroll - 3)) }
            return
        }
        guard let command = key == opener ? .close : TextOverlay.command(for: key, saves: saves) else { return }
        switch command {
        case .close:
            s.overlay = nil
            s.history = nil
            s.log = nil
        case .save:
            guard let snapshot = s.snapshot else { return }
            if case .highlight(let programme, _) = overlay {
                let name = s.reportPath ?? HighlightOverlay.defaultFileName(programme: programme, today: s.today)
                s.editing = EditSession(target: .reportPath(programme: programme), text: name, maxLength: 1024)
            } else {
                let name = s.exportPath ?? WeeknoteOverlay.defaultFileName(snapshot.week)
                s.editing = EditSession(target: .exportPath, text: name, maxLength: 1024)
            }
        default:
            if let next = TextOverlay.scrolled(command, from: scroll, limit: limit, page: page) { set(next) }
        }
    }
}
