/// The three goals with their boxes, what state each is in, the score and the streak.
enum GoalsPanel {
    /// Column of the box `[✓]` within the content: after the slot number.
    static let boxOffset = 2
    static let textOffset = 6

    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let focused = s.focused == .goals
        var detail = ""
        if let snap = s.snapshot {
            detail = "\(g.dot) \(snap.score.short)"
            if snap.streak > 0 { detail += " \(g.dot) streak \(snap.streak) wk\(snap.streak == 1 ? "" : "s")" }
            if snap.score.positive { detail += " \(g.dot) positive week" }
        }
        let content = PanelChrome.draw(
            &frame, rect, title: Panel.goals.title, detail: detail, focused: focused, boxed: boxed, glyphs: g)
        guard !content.isEmpty, let mine = s.snapshot?.mine else { return }
        for slot in 1...PersonWeek.slots where slot - 1 < content.height {
            let y = content.y + slot - 1
            let goal = mine.goals[slot - 1]
            let selected = focused && s.goalSlot == slot
            let base: Role = selected ? .selection : .text
            if selected { frame.fill(x: content.x, y: y, width: content.width, role: .selection) }
            frame.put("\(slot)", x: content.x, y: y, role: selected ? .selection : .keyHint)
            let boxRole: Role = goal?.state == .done ? .goalDone : base
            frame.put(g.goalBox(goal?.state), x: content.x + boxOffset, y: y, role: selected ? .selection : boxRole)
            let word = goal.map { $0.state.word } ?? ""
            let wordWidth = content.width >= 50 ? 11 : 0
            let textWidth = content.width - textOffset - (wordWidth > 0 ? wordWidth + 1 : 0)
            if let goal {
                let role: Role = goal.state == .dropped && !selected ? .muted : base
                frame.put(goal.text, x: content.x + textOffset, y: y, role: role, maxWidth: textWidth)
            } else {
                let hint = s.settings.readOnly ? "(empty)" : "(empty: select and press e to write it)"
                frame.put(
                    hint, x: content.x + textOffset, y: y, role: selected ? .selection : .muted, maxWidth: textWidth)
            }
            if wordWidth > 0 {
                frame.put(
                    Format.pad(word, wordWidth, right: true), x: content.maxX - wordWidth, y: y,
                    role: selected ? .selection : .muted)
            }
        }
    }

    static func content(_ rect: Rect, boxed: Bool) -> Rect {
        boxed
            ? rect.inset(dx: 2, dy: 1)
            : Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// The goal row under the pointer, and whether the pointer is on its box.
    static func hit(x: Int, y: Int, rect: Rect, boxed: Bool) -> (slot: Int, onBox: Bool)? {
        let c = content(rect, boxed: boxed)
        let slot = y - c.y + 1
        guard c.contains(x: x, y: y), (1...PersonWeek.slots).contains(slot) else { return nil }
        let onBox = x >= c.x + boxOffset && x < c.x + boxOffset + 3
        return (slot, onBox)
    }

    /// Where goal `slot`'s text is edited.
    static func field(_ rect: Rect, slot: Int, boxed: Bool) -> Rect {
        let c = content(rect, boxed: boxed)
        return Rect(x: c.x + textOffset, y: c.y + slot - 1, width: c.width - textOffset, height: 1)
    }
}
