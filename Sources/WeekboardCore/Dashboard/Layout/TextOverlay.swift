/// The overlays that show a document: a box over the panels that leaves the header, message
/// line and footer in view (so a save's result is read beside the text), scrolled by line.
/// The reducer dispatches through `bindings` and the help prints it.
enum TextOverlay {
    static let bindings: [OverlayBinding] = [
        OverlayBinding([(.char("j"), .down), (.down, .down), (.char("k"), .up), (.up, .up)], "scroll a line"),
        OverlayBinding([(.pageDown, .pageDown), (.char(" "), .pageDown), (.pageUp, .pageUp)], "scroll a page"),
        OverlayBinding([(.home, .top), (.char("g"), .top), (.end, .bottom), (.char("G"), .bottom)], "top / bottom"),
        OverlayBinding(
            [(.char("s"), .save)],
            "save the weeknote or report to a file (never overwrites)",
            savesOnly: true),
        OverlayBinding([(.escape, .close), (.char("q"), .close)], "close (as do w, h and H again)"),
    ]

    static func command(for key: Key, saves: Bool) -> OverlayCommand? {
        for b in bindings where saves || !b.savesOnly {
            if let e = b.entries.first(where: { $0.key == key }) { return e.command }
        }
        return nil
    }

    /// The box: every row between the header and the message line, the full width (panels
    /// peeking out at the sides would only distract from the document).
    static func box(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 1, width: width, height: height - 3)
    }

    static func content(width: Int, height: Int) -> Rect { box(width: width, height: height).inset(dx: 2, dy: 1) }

    /// Where a file name is typed: on the box's bottom border, so no line of the document is hidden.
    static func nameField(width: Int, height: Int) -> Rect {
        let r = box(width: width, height: height)
        return Rect(x: r.x + 2, y: r.maxY - 1, width: r.width - 4, height: 1)
    }

    static func maxScroll(lines: Int, height: Int, width: Int) -> Int {
        max(0, lines - content(width: width, height: height).height)
    }

    /// The new first line for a scrolling command (nil for commands that do not scroll).
    static func scrolled(_ command: OverlayCommand, from scroll: Int, limit: Int, page: Int) -> Int? {
        let next: Int
        switch command {
        case .down: next = scroll + 1
        case .up: next = scroll - 1
        case .pageDown: next = scroll + page
        case .pageUp: next = scroll - page
        case .top: next = 0
        case .bottom: next = limit
        case .save, .close: return nil
        }
        return min(limit, max(0, next))
    }

    /// Draws the box with `lines` from `scroll`; the title's detail says where in the document we are.
    static func draw(_ frame: inout Frame, lines: [StyledLine], scroll: Int, title: String, detail: String, _ g: Glyphs)
    {
        let r = box(width: frame.width, height: frame.height)
        guard r.width >= 10, r.height >= 3 else { return }
        for y in r.y..<r.maxY { frame.fill(x: r.x, y: y, width: r.width, role: .text) }
        let rows = max(0, r.height - 2)
        let start = min(max(0, scroll), max(0, lines.count - rows))
        // Where we are comes first: the detail after it may be cut on a narrow screen.
        var where_ = ""
        if lines.count > rows {
            let last = min(lines.count, start + rows)
            where_ = "\(g.dot) lines \(start + 1)\(g.unicode ? "–" : "-")\(last) of \(lines.count)"
        }
        if !detail.isEmpty { where_ += (where_.isEmpty ? "" : " ") + detail }
        let c = PanelChrome.draw(&frame, r, title: title, detail: where_, focused: true, boxed: true, glyphs: g)
        for (i, line) in lines.dropFirst(start).prefix(c.height).enumerated() {
            put(&frame, line, x: c.x, y: c.y + i, width: c.width)
        }
    }

    /// A styled line cut to `width` cells.
    static func put(_ frame: inout Frame, _ line: StyledLine, x: Int, y: Int, width: Int) {
        var used = 0
        for span in line where used < width {
            used += frame.put(span.text, x: x + used, y: y, role: span.role, maxWidth: width - used)
        }
    }
}
