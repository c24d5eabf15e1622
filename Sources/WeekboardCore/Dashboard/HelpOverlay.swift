/// `?`: every key, printed from the live key map and the line editor's own table, so the help
/// cannot drift from what the keys do.
enum HelpOverlay {
    static func lines(_ settings: DisplaySettings) -> [(keys: String, text: String)] {
        let u = settings.unicode
        func names(_ keys: [Key]) -> String {
            var seen: [String] = []
            for k in keys where !seen.contains(KeyMap.name(k, unicode: u)) { seen.append(KeyMap.name(k, unicode: u)) }
            return seen.joined(separator: " ")
        }
        var out: [(String, String)] = []
        let sections: [(String, (KeyScope) -> Bool)] = [
            ("Anywhere", { $0 == .anywhere }),
            ("Focus, goals and board", { if case .panels = $0 { return true } else { return false } }),
            ("Team view (T)", { $0 == .team }),
        ]
        for (title, match) in sections {
            out.append(("", title))
            for b in KeyMap.bindings where match(b.scope) {
                var text = b.summary
                if case .panels(let list) = b.scope, list.count < Panel.allCases.count {
                    text += " (" + list.map(\.shortName).joined(separator: ", ") + ")"
                }
                out.append((names(b.entries.map(\.key)), text))
            }
        }
        out.append(("", "Editing a line"))
        for b in LineEditor.bindings { out.append((names(b.keys), b.summary)) }
        out.append(("", "Choosing a status (s)"))
        out.append(("r a g b", "red, amber, green, blue (complete) at once"))
        out.append(("j k Enter", "or move and pick; then type an optional note"))
        if settings.mouse {
            out.append(("", "Mouse"))
            out.append(("click", "a panel to focus it; a goal's box to tick it"))
            out.append(("wheel", "move the selection"))
        }
        if settings.readOnly { out.append(("", "Read-only: keys that would change data change nothing.")) }
        return out
    }

    static func box(width: Int, height: Int, lines: Int) -> Rect {
        let w = min(width - 2, 76)
        let h = min(height - 2, lines + 2)
        return Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        let n = lines(s.settings).count
        return max(0, n - (box(width: s.width, height: s.height, lines: n).height - 2))
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, scroll: Int, _ g: Glyphs) {
        let all = lines(s.settings)
        let r = box(width: frame.width, height: frame.height, lines: all.count)
        guard r.width >= 10, r.height >= 3 else { return }
        for y in r.y..<r.maxY { frame.fill(x: r.x, y: y, width: r.width, role: .text) }
        let more = all.count > r.height - 2
        let c = PanelChrome.draw(&frame, r, title: "Keys", detail: more ? "\(g.dot) j/k scroll \(g.dot) any other key closes" : "\(g.dot) any key closes",
                                 focused: true, boxed: true, glyphs: g)
        let keyW = min(16, c.width / 3)
        let start = min(max(0, scroll), max(0, all.count - c.height))
        for (i, line) in all.dropFirst(start).prefix(c.height).enumerated() {
            let y = c.y + i
            if line.keys.isEmpty {
                frame.put(line.text, x: c.x, y: y, role: .title, maxWidth: c.width)
            } else {
                frame.put(line.keys, x: c.x + 1, y: y, role: .keyHint, maxWidth: keyW)
                frame.put(line.text, x: c.x + 2 + keyW, y: y, role: .text, maxWidth: c.width - keyW - 2)
            }
        }
    }
}

/// `s` on a project: the statuses to pick from, each with shape, letter and word.
enum StatusPicker {
    static func shortcut(_ c: Character) -> Int? {
        let status: RAGStatus?
        switch c {
        case "r": status = .red
        case "a": status = .amber
        case "g": status = .green
        case "b": status = .blue
        default: status = nil
        }
        return status.flatMap { RAGStatus.allCases.firstIndex(of: $0) }
    }

    static func box(_ s: DashboardState) -> Rect {
        let n = RAGStatus.allCases.count
        let w = min(s.width - 2, 40)
        return Rect(x: (s.width - w) / 2, y: max(1, (s.height - n - 2) / 2), width: w, height: n + 2)
    }

    static func row(at x: Int, _ y: Int, _ s: DashboardState) -> Int? {
        let r = box(s)
        guard r.contains(x: x, y: y), y > r.y, y < r.maxY - 1 else { return nil }
        return y - r.y - 1
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, project: String, index: Int, _ g: Glyphs) {
        let r = box(s)
        guard r.width >= 10, r.maxY <= frame.height else { return }
        for y in r.y..<r.maxY { frame.fill(x: r.x, y: y, width: r.width, role: .text) }
        let c = PanelChrome.draw(&frame, r, title: "Status", detail: "\(g.dot) \(project)", focused: true, boxed: true, glyphs: g)
        let current = s.projects.first { $0.name == project }?.status
        for (i, status) in RAGStatus.allCases.enumerated() where i < c.height {
            let y = c.y + i
            let mark = i == index ? g.pointer : " "
            let now = status == current ? "  (now)" : ""
            frame.put("\(mark) \(status.tag(unicode: g.unicode))\(now)", x: c.x, y: y, role: Role.status(status), maxWidth: c.width)
            if i == index { frame.restyle(x: c.x, y: y, width: c.width, role: .selection) }
        }
    }
}

/// Below the minimum size: say so plainly, and how to get out.
enum TooSmallView {
    static func draw(_ frame: inout Frame) {
        let lines = ["Terminal too small", "make it larger or press q",
                     "(\(frame.width)x\(frame.height); needs \(DashboardLayout.minWidth)x\(DashboardLayout.minHeight))"]
        let top = max(0, (frame.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < frame.height {
            let w = min(frame.width, TextWidth.of(line))
            frame.put(line, x: max(0, (frame.width - w) / 2), y: top + i, role: i == 0 ? .error : .text)
        }
    }
}
