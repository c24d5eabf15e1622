extension Dashboard {
    /// The whole screen for `state` at this size. Pure: the same state and size always give the
    /// same frame. Never fails, at any size down to 0×0.
    package static func render(_ state: DashboardState, width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        var s = state
        s.width = frame.width
        s.height = frame.height
        let layout = s.layout
        guard layout.mode != .tooSmall else {
            TooSmallView.draw(&frame)
            return frame
        }
        let g = Glyphs(unicode: s.settings.unicode)
        HeaderView.draw(&frame, layout.header, s, g)
        if s.snapshot == nil {
            let area = Rect(x: 0, y: 1, width: s.width, height: s.height - 3)
            let c = PanelChrome.draw(
                &frame, area, title: "Cannot show this week", focused: true, boxed: true, glyphs: g)
            let lines = TextWrap.lines(s.loadError ?? "Loading…", width: c.width, max: c.height)
            for (i, line) in lines.enumerated() { frame.put(line, x: c.x, y: c.y + i, role: .error) }
        } else if s.teamView, let team = layout.team {
            TeamView.draw(&frame, team, s, boxed: true, interactive: true, g)
        } else {
            let boxed = layout.boxed
            FocusPanel.draw(&frame, layout.rect(.focus), s, boxed: boxed, g)
            GoalsPanel.draw(&frame, layout.rect(.goals), s, boxed: boxed, g)
            if layout.notesShareBoard && s.focused == .notes {
                NotesPanel.draw(&frame, layout.rect(.notes), s, boxed: boxed, g)
            } else if s.boardView == .okrs {
                OKRPanel.draw(&frame, layout.rect(.board), s, boxed: boxed, g)
            } else {
                BoardPanel.draw(&frame, layout.rect(.board), s, boxed: boxed, g)
            }
            ContactsPanel.draw(&frame, layout.rect(.contacts), s, boxed: boxed, g)
            if !layout.notesShareBoard { NotesPanel.draw(&frame, layout.rect(.notes), s, boxed: boxed, g) }
            if let strip = layout.team { TeamView.draw(&frame, strip, s, boxed: true, interactive: false, g) }
        }
        FooterView.draw(&frame, layout, s, g)
        switch s.overlay {
        case .help(let scroll)?: HelpOverlay.draw(&frame, s, scroll: scroll, g)
        case .statusPicker(let project, let index)?: StatusPicker.draw(&frame, s, project: project, index: index, g)
        case .weeknote(let scroll)?: WeeknoteOverlay.draw(&frame, s, scroll: scroll, g)
        case .meeting?: MeetingOverlay.draw(&frame, s, g)
        case .history(let scroll)?: HistoryOverlay.draw(&frame, s, scroll: scroll, g)
        case .log(let scroll)?: LogOverlay.draw(&frame, s, scroll: scroll, g)
        case .followUps(let index)?: FollowUpsOverlay.draw(&frame, s, index: index, g)
        case .conflicts(let index)?: ConflictsOverlay.draw(&frame, s, index: index, g)
        case .highlight(let programme, let scroll)?:
            HighlightOverlay.draw(&frame, s, programme: programme, scroll: scroll, g)
        case .confirm?, nil: break  // the question is on the message line
        }
        // After the overlays: a weeknote's or report's file name is typed on its box.
        if s.snapshot != nil, !s.teamView { EditorPlacement.draw(&frame, s) }
        return frame
    }
}
