import CNcurses
import WeekboardCore

/// Draws frames onto the ncurses screen, writing only the cells that changed since the last
/// frame, then one `doupdate`. A full repaint (`clearok`) happens only when asked for: after a
/// resize, Ctrl-L or `r`, so an idle or lightly changing screen costs a few bytes.
final class FrameDrawer {
    private let window: UnsafeMutablePointer<WINDOW>
    private let attributes: RoleAttributes
    private var last: Frame?
    private var cursorShown: Bool?
    /// The last role looked up: neighbouring cells mostly share one.
    private var lastLook: (role: Role, look: RoleAttributes.Look)?

    init(window: UnsafeMutablePointer<WINDOW>, attributes: RoleAttributes) {
        self.window = window
        self.attributes = attributes
    }

    /// Draws `frame`; with `full`, erases and repaints the whole terminal.
    func draw(_ frame: Frame, full: Bool) {
        let rows = min(frame.height, Int(wb_lines()))
        let cols = min(frame.width, Int(wb_cols()))
        var previous = last
        if full || previous?.width != frame.width || previous?.height != frame.height {
            werase(window)
            previous = nil
        }
        if full { clearok(window, true) }
        for y in 0..<max(0, rows) {
            for x in 0..<max(0, cols) {
                let cell = frame[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.isContinuation, x > 0, TextWidth.of(frame[x - 1, y].text) == 2 { continue }
                put(cell, x: x, y: y, room: cols - x)
            }
        }
        placeCursor(frame, rows: rows, cols: cols)
        last = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one cell. Anything the terminal could misread is replaced so ncurses' idea of
    /// the columns matches the frame's: control characters (never sent raw), characters the
    /// locale cannot show, and graphemes whose width libc sees differently.
    private func put(_ cell: Cell, x: Int, y: Int, room: Int) {
        let look = look(cell.role)
        // Most cells are one printable ASCII character: nothing to check or replace.
        if let ascii = Self.printableASCII(cell.text) {
            var chars: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
            _ = withUnsafePointer(to: &chars) {
                $0.withMemoryRebound(to: wchar_t.self, capacity: 2) {
                    wb_put_wide(window, Int32(y), Int32(x), $0, look.attrs, look.pair)
                }
            }
            return
        }
        let width = TextWidth.of(cell.text)
        var chars = Self.drawable(cell.text, width: width)
        if chars == nil, let acs = BoxDrawing.acsIndex(cell.text) {
            _ = wb_put_acs(window, Int32(y), Int32(x), acs, look.attrs, look.pair)
            return
        }
        if chars == nil, width == 1, let ascii = AsciiFallback.character(for: cell.text) {
            chars = [wchar_t(ascii), 0]
        }
        if chars == nil || (width == 2 && room < 2) { chars = [wchar_t(UInt8(ascii: "?")), 0] }
        // ERR is expected at the bottom-right cell (the cursor cannot advance); the cell is set.
        _ = wb_put_wide(window, Int32(y), Int32(x), chars!, look.attrs, look.pair)
        let drawn = Int(wb_wcwidth(chars![0]))
        if width == 2, drawn == 1, room >= 2 {
            _ = wb_put_wide(window, Int32(y), Int32(x + 1), [wchar_t(UInt8(ascii: " ")), 0], look.attrs, look.pair)
        }
    }

    private func look(_ role: Role) -> RoleAttributes.Look {
        if let lastLook, lastLook.role == role { return lastLook.look }
        let look = attributes.look(role)
        lastLook = (role, look)
        return look
    }

    /// The byte of a one-character text in printable ASCII (space to `~`); nil for anything else.
    static func printableASCII(_ text: String) -> UInt8? {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), bytes.next() == nil, (0x20...0x7E).contains(first) else { return nil }
        return first
    }

    /// The wide characters for `setcchar`: the base character and its combining marks (libc
    /// width 0), NUL-terminated; nil when it must be replaced. Joined emoji keep only the
    /// first, and emoji presentation selectors are dropped, so the terminal and ncurses agree
    /// on the width.
    static func drawable(_ text: String, width: Int) -> [wchar_t]? {
        guard width >= 1, Sanitize.text(text) == text, let first = text.unicodeScalars.first else {
            return text.isEmpty ? [wchar_t(UInt8(ascii: " ")), 0] : nil
        }
        let base = wchar_t(bitPattern: first.value)
        let baseWidth = wb_wcwidth(base)
        // A 1-cell grapheme libc calls wide would push the rest of the row one cell right.
        guard baseWidth >= 1, baseWidth <= width else { return nil }
        var out = [base]
        for u in text.unicodeScalars.dropFirst() where out.count < Int(CCHARW_MAX) {
            let c = wchar_t(bitPattern: u.value)
            if u.value == 0xFE0F { continue }
            if wb_wcwidth(c) == 0, u.value != 0x200D { out.append(c) } else { break }
        }
        return out + [0]
    }

    private func placeCursor(_ frame: Frame, rows: Int, cols: Int) {
        if let c = frame.cursor, c.x >= 0, c.y >= 0, c.x < cols, c.y < rows {
            if cursorShown != true { _ = curs_set(1); cursorShown = true }
            wmove(window, Int32(c.y), Int32(c.x))
            leaveok(window, false)
        } else {
            if cursorShown != false { _ = curs_set(0); cursorShown = false }
            leaveok(window, true)
        }
    }
}
