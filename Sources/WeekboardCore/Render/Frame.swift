/// A screen's worth of styled cells: what the core renders and the front end draws.
/// A plain value, so tests compare frames and the front end diffs them.
package struct Frame: Equatable, Sendable {
    package let width: Int
    package let height: Int
    package private(set) var cells: [Cell]
    /// Where the terminal cursor should be (an edit in progress), or nil to hide it.
    package var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    package init(width: Int, height: Int, fill: Role = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(" ", fill), count: self.width * self.height)
    }

    package subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    package func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes sanitised text from (x, y), clipped to `maxWidth` cells (and the frame's edge);
    /// text that does not fit ends with `…`. Returns the number of cells used.
    @discardableResult
    package mutating func put(_ raw: String, x: Int, y: Int, role: Role = .text, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let text = Sanitize.text(raw)
        let fitted = Frame.fit(text, to: limit)
        var col = x
        for ch in fitted {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if col >= 0 {
                self[col, y] = Cell(String(ch), role)
                if w == 2, col + 1 < width { self[col + 1, y] = Cell("", role) }
            }
            col += w
        }
        return col - x
    }

    /// Fills a run of cells with one role (e.g. to colour a selection bar).
    package mutating func fill(x: Int, y: Int, width w: Int, role: Role, text: String = " ") {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<max(max(0, x), min(width, x + w)) { self[cx, y] = Cell(text, role) }
    }

    /// Changes the role of existing cells without touching their text.
    package mutating func restyle(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<max(max(0, x), min(width, x + w)) { cells[y * width + cx].role = role }
    }

    /// Cuts text to at most `width` cells, ending with `…` when anything was cut.
    package static func fit(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        measuredFit(text, to: width, ellipsis: ellipsis).text
    }

    /// `fit`, with the width of what it returns (so callers need not measure it again).
    static func measuredFit(_ text: String, to width: Int, ellipsis: String = "…") -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        let full = TextWidth.of(text)
        if full <= width { return (text, full) }
        // Printable ASCII is one cell a byte: cut by bytes, not Character by Character (a long board
        // of projects cuts many names and milestones).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let kept = width - 1
            return (String(decoding: text.utf8.prefix(kept), as: UTF8.self) + ellipsis, kept + TextWidth.of(ellipsis))
        }
        var out = ""
        var used = 0
        for ch in text {
            let w = TextWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return (out + ellipsis, used + TextWidth.of(ellipsis))
    }

    /// A row as plain text (continuation cells dropped), for tests and plain output.
    package func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// The whole frame as text, rows joined by newlines, trailing spaces kept.
    package var text: String { (0..<height).map(line).joined(separator: "\n") }

    package static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX
            && a.cursorY == b.cursorY
    }
}
