/// `P`: the conflicts a sync left, each with the field (as `sync status` and `log` name it), the value
/// shown and the value it replaced, who set each and when; `s` keeps the shown value and `o` takes the
/// other for the selected one, through the same change as `weekboard sync resolve`. Read with every
/// reload (`DashboardState.conflicts`), so a pick, its undo or a sync shows at once.
enum ConflictsOverlay {
    /// The view's keys: the reducer dispatches through this table, and help and the footer print it.
    static let bindings: [ConflictsBinding] = [
        ConflictsBinding(
            [(.char("j"), .down), (.down, .down), (.char("k"), .up), (.up, .up)], "choose a conflict",
            hint: ("j/k", "choose")),
        ConflictsBinding(
            [(.char("g"), .first), (.home, .first), (.char("G"), .last), (.end, .last)], "first / last conflict"),
        ConflictsBinding(
            [(.char("s"), .keepShown)], "keep the value shown (the later change)", hint: ("s", "keep shown")),
        ConflictsBinding(
            [(.char("o"), .takeOther)], "take the other value (put it back)", hint: ("o", "take other")),
        ConflictsBinding([(.char("u"), .undo)], "undo your last change (a pick included)", hint: ("u", "undo")),
        ConflictsBinding(
            [(.escape, .close), (.char("q"), .close), (.char("P"), .close)], "close", hint: ("Esc", "close")),
        ConflictsBinding([(.ctrl("c"), .quit)], "quit"),
    ]

    static func command(for key: Key) -> ConflictsCommand? {
        for b in bindings {
            if let e = b.entries.first(where: { $0.key == key }) { return e.command }
        }
        return nil
    }

    /// The footer's keys while the view is open; a viewer is offered only what changes nothing.
    static func keys(readOnly: Bool) -> [(String, String)] {
        bindings.filter { b in !(readOnly && b.entries.allSatisfy { $0.command.changesData }) }.compactMap(\.hint)
            .map { ($0.keys, $0.word) }
    }

    /// Lines per conflict: the field, the value shown, the other value, a blank line.
    static let linesPer = 4

    static func lines(_ s: DashboardState, index: Int, width: Int, _ g: Glyphs) -> [StyledLine] {
        guard let conflicts = s.conflicts else { return [[Span("Reading the conflicts…", .muted)]] }
        guard !conflicts.isEmpty else { return [[Span(ConflictText.none, .muted)]] }
        var out: [StyledLine] = []
        for (i, c) in conflicts.enumerated() {
            let selected = i == index
            // The id after the field, as `sync resolve ID` takes it; the field is cut first.
            let id = "  \(c.id)"
            let mark = selected ? "\(g.pointer) " : "  "
            let field = Frame.fit(ConflictText.place(c), to: max(1, width - TextWidth.of(mark) - TextWidth.of(id)))
            out.append([Span(mark + field, selected ? .selection : .title), Span(id, .muted)])
            let picks = selected && !s.settings.readOnly
            out.append(side("shown", c.shown, hint: picks ? "s keeps it" : nil, width: width))
            out.append(side("other", c.other, hint: picks ? "o takes it" : nil, width: width))
            if i < conflicts.count - 1 { out.append([]) }
        }
        return out
    }

    /// `    shown  “Lee”  by sam, 18 Nov 10:20   s keeps it`: the value is cut so who and when stay in
    /// view; the key's hint only where it fits.
    static func side(_ label: String, _ side: SyncConflict.Side, hint: String?, width: Int) -> StyledLine {
        let lead = "    \(label)  "
        let who = ConflictText.who(side)
        let by = who.isEmpty ? "" : "  by \(who)"
        let room = width - TextWidth.of(lead) - TextWidth.of(by)
        // Cut inside its quotes, so a long note still reads as quoted text; then to the room left.
        let value = Frame.fit(ConflictText.shortValue(side, width: max(8, room)), to: max(8, room))
        var line = [Span(lead, .muted), Span(value, .text), Span(by, .muted)]
        if let hint, line.width + 3 + TextWidth.of(hint) <= width { line.append(Span("   " + hint, .keyHint)) }
        return line
    }

    /// The first line shown: the selected conflict's lines in view, in the middle when there is room.
    static func scroll(index: Int, lines: Int, visible: Int) -> Int {
        let start = index * linesPer
        return max(0, min(start - max(0, (visible - (linesPer - 1)) / 2), lines - visible))
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, index: Int, _ g: Glyphs) {
        let content = TextOverlay.content(width: frame.width, height: frame.height)
        let all = lines(s, index: index, width: content.width, g)
        let n = s.conflicts?.count ?? 0
        let detail = n == 0 ? "" : "\(g.dot) \(ConflictText.count(n)) from syncing; the later change shows"
        TextOverlay.draw(
            &frame, lines: all, scroll: scroll(index: index, lines: all.count, visible: content.height),
            title: "Sync conflicts", detail: detail, g)
    }
}
