/// Builds a line from columns of fixed widths, cutting each with `…`.
struct LineBuilder {
    private(set) var spans: [Span] = []
    private(set) var used = 0
    let limit: Int
    /// Cut text ends with `…`, or `~` when output must be ASCII.
    let ellipsis: String

    init(limit: Int, unicode: Bool = true) {
        self.limit = limit
        // `>` for "goes on": `~` is a goal nearly done in the ASCII marks.
        self.ellipsis = unicode ? "…" : ">"
    }

    /// Appends sanitised text, padded or cut to `width` cells (nil: as long as it is, within the limit).
    mutating func add(_ raw: String, _ role: Role = .text, width: Int? = nil) {
        let room = limit - used
        guard room > 0 else { return }
        let w = min(width ?? room, room)
        // A fixed-width column keeps one cell free, so a cut value never touches the next one.
        var (t, tw) = Frame.measuredFit(Sanitize.text(raw), to: width == nil ? w : max(1, w - 1), ellipsis: ellipsis)
        if width != nil, tw < w {
            t += String(repeating: " ", count: w - tw)
            tw = w
        }
        spans.append(Span(t, role))
        used += tw
    }

    /// The spans, trailing spaces trimmed from the last one.
    var line: StyledLine {
        var s = spans
        while let last = s.last, last.text.allSatisfy({ $0 == " " }) { s.removeLast() }
        if var last = s.popLast() {
            while last.text.hasSuffix(" ") { last.text.removeLast() }
            s.append(last)
        }
        return s
    }
}
