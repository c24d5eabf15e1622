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
        let c = PanelChrome.draw(
            &frame, r, title: "Status", detail: "\(g.dot) \(project)", focused: true, boxed: true, glyphs: g)
        let current = s.projects.first { $0.name == project }?.status
        for (i, status) in RAGStatus.allCases.enumerated() where i < c.height {
            let y = c.y + i
            let mark = i == index ? g.pointer : " "
            let now = status == current ? "  (now)" : ""
            frame.put(
                "\(mark) \(status.tag(unicode: g.unicode))\(now)", x: c.x, y: y, role: Role.status(status),
                maxWidth: c.width)
            if i == index { frame.restyle(x: c.x, y: y, width: c.width, role: .selection) }
        }
    }
}
