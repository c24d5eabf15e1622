/// `f`: the callers calling too often, newest first, and the selected one's contacts per day, their
/// contacts' identities in the source system and where following them up has got to. In read-only
/// (a viewer over SSH) only how many: the list of callers is for the people who follow them up.
enum FollowUpsOverlay {
    static func lines(_ s: DashboardState, index: Int, _ g: Glyphs) -> [StyledLine] {
        guard let list = s.followUps else { return [[Span("Reading the callers…", .muted)]] }
        if list.callers.isEmpty { return [[Span("No caller is calling too often.", .muted)]] }
        if s.settings.readOnly {
            let open = list.callers.filter { $0.state.isOpen }.count
            return [
                [
                    Span(
                        "\(list.callers.count) caller\(list.callers.count == 1 ? "" : "s") calling too often, "
                            + "\(open) still to follow up.", .text)
                ],
                [Span("Who they are is shown to editors only.", .muted)],
            ]
        }
        var out: [StyledLine] = []
        for (i, c) in list.callers.enumerated() {
            let text =
                "\(c.ref)  \(c.service)  \(c.contactsInWindow) in a week, \(c.contacts) in all, last \(c.last.short)"
                + "  \(c.state.words)" + (c.followUp?.owner.map { ", \($0)" } ?? "")
            out.append([Span(text, i == index ? .selection : .text)])
        }
        guard let c = list.callers[safe: index] else { return out }
        out.append([])
        out.append([Span("\(c.ref) with \(c.service): contacts per day", .title)])
        out.append([Span(c.days.map { "\($0.day.short) ×\($0.contacts)" }.joined(separator: " \(g.dot) "), .text)])
        if !c.otherServices.isEmpty {
            out.append([Span("Also contacted: " + c.otherServices.joined(separator: ", "), .muted)])
        }
        if !c.sources.isEmpty {
            out.append([Span("In the source system: " + c.sources.joined(separator: " "), .muted)])
        }
        if let note = c.followUp?.note { out.append([Span("Note: \(note)", .text)]) }
        if let o = FollowUpList.outcome(c, visits: c.perDay, today: s.today) {
            out.append([Span("28 days before it was done: \(o.before) contacts; since: \(o.after)", .text)])
        }
        out.append([
            Span("t to do \(g.dot) p in progress \(g.dot) d done \(g.dot) n not needed \(g.dot) Esc close", .keyHint)
        ])
        return out
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, index: Int, _ g: Glyphs) {
        let all = lines(s, index: index, g)
        let visible = TextOverlay.content(width: s.width, height: s.height).height
        // Keep the selected caller in view, with its detail under the list when there is room.
        let scroll = max(0, min(index - visible / 2, all.count - visible))
        TextOverlay.draw(
            &frame, lines: all, scroll: scroll, title: "Follow-ups",
            detail: "\(g.dot) callers calling too often, newest first", g)
    }
}
