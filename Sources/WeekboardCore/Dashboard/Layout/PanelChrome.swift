/// Draws a panel's frame and title and says where its content goes. Boxed panels (wide layout)
/// get a full border; compact ones a title rule only, to save rows and columns at 80×24.
enum PanelChrome {
    static func draw(
        _ frame: inout Frame, _ rect: Rect, title: String, detail: String = "", focused: Bool,
        boxed: Bool, glyphs g: Glyphs
    ) -> Rect {
        guard !rect.isEmpty else { return .zero }
        let role: Role = focused ? .borderFocus : .border
        if boxed && rect.height >= 2 && rect.width >= 2 {
            frame.fill(x: rect.x, y: rect.y, width: rect.width, role: role, text: g.horizontal)
            frame.fill(x: rect.x, y: rect.maxY - 1, width: rect.width, role: role, text: g.horizontal)
            for y in rect.y..<rect.maxY {
                frame.put(g.vertical, x: rect.x, y: y, role: role)
                frame.put(g.vertical, x: rect.maxX - 1, y: y, role: role)
            }
            frame.put(g.topLeft, x: rect.x, y: rect.y, role: role)
            frame.put(g.topRight, x: rect.maxX - 1, y: rect.y, role: role)
            frame.put(g.bottomLeft, x: rect.x, y: rect.maxY - 1, role: role)
            frame.put(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, role: role)
            drawTitle(&frame, x: rect.x + 2, y: rect.y, room: rect.width - 4, title, detail, focused)
            return rect.inset(dx: 2, dy: 1)
        }
        frame.fill(x: rect.x, y: rect.y, width: rect.width, role: role, text: g.horizontal)
        drawTitle(&frame, x: rect.x + 1, y: rect.y, room: rect.width - 2, title, detail, focused)
        return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// ` Goals · met 2 of 3 ` on the top rule; the focused panel's title is marked so focus is
    /// visible without colour.
    private static func drawTitle(
        _ frame: inout Frame, x: Int, y: Int, room: Int, _ title: String, _ detail: String,
        _ focused: Bool
    ) {
        guard room > 2 else { return }
        let head = focused ? " [\(title)]" : " \(title)"
        var used = frame.put(head, x: x, y: y, role: focused ? .borderFocus : .title, maxWidth: room)
        if !detail.isEmpty, used < room - 2 {
            used += frame.put(" " + detail, x: x + used, y: y, role: .muted, maxWidth: room - used - 1)
        }
        frame.put(" ", x: x + used, y: y, role: .text, maxWidth: room - used)
    }
}
