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
        out.append(("", "Sync conflicts (P)"))
        for b in ConflictsOverlay.bindings { out.append((names(b.entries.map(\.key)), b.summary)) }
        out.append(("", "Weeknote preview (w) and history (h)"))
        for b in TextOverlay.bindings { out.append((names(b.entries.map(\.key)), b.summary)) }
        if settings.mouse {
            out.append(("", "Mouse"))
            out.append(("click", "a panel to focus it; a goal's box to tick it"))
            out.append(("wheel", "move the selection"))
        }
        if settings.readOnly {
            out.append(("", "Read-only: keys that would change data change nothing."))
            out.append(("", "A weeknote can still be saved to a file (w, then s): that does not touch the store."))
        }
        return out
    }

    /// 76 columns, or on a wide screen as wide as the longest line needs (a key's column is 16, and 4 go
    /// to the border and the gaps), so a description is cut only when the screen has no room for it.
    static func box(width: Int, height: Int, lines: [(keys: String, text: String)]) -> Rect {
        let widest = lines.map { TextWidth.of($0.text) + ($0.keys.isEmpty ? 3 : 21) }.max() ?? 0
        let w = max(min(width - 2, 76), min(width - 4, widest))
        let h = min(height - 2, lines.count + 2)
        return Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
    }

    static func maxScroll(_ s: DashboardState) -> Int {
        let all = lines(s.settings)
        return max(0, all.count - (box(width: s.width, height: s.height, lines: all).height - 2))
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, scroll: Int, _ g: Glyphs) {
        let all = lines(s.settings)
        let r = box(width: frame.width, height: frame.height, lines: all)
        guard r.width >= 10, r.height >= 3 else { return }
        for y in r.y..<r.maxY { frame.fill(x: r.x, y: y, width: r.width, role: .text) }
        let more = all.count > r.height - 2
        let c = PanelChrome.draw(
            &frame, r, title: "Keys",
            detail: more ? "\(g.dot) j/k scroll \(g.dot) any other key closes" : "\(g.dot) any key closes",
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
