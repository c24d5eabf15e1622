/// The weeknote's three lists (ones to watch, what I'm learning, next week): each section's title,
/// then its entries, or a placeholder where `a` adds the first.
enum NotesPanel {
    enum Row: Equatable {
        case heading(NoteSection, count: Int)
        case entry(NoteRef, String)
        case empty(NoteSection)

        var ref: NoteRef? {
            switch self {
            case .heading: return nil
            case .entry(let ref, _): return ref
            case .empty(let section): return NoteRef(section: section, index: 0)
            }
        }
    }

    static func rows(_ mine: PersonWeek?) -> [Row] {
        NoteSection.allCases.flatMap { section -> [Row] in
            let entries = mine?.notes(section) ?? []
            let items =
                entries.isEmpty
                ? [Row.empty(section)]
                : entries.enumerated().map { Row.entry(NoteRef(section: section, index: $0), $1) }
            return [.heading(section, count: entries.count)] + items
        }
    }

    /// The selectable rows (entries and placeholders), in order.
    static func refs(_ mine: PersonWeek?) -> [NoteRef] { rows(mine).compactMap(\.ref) }

    /// The selection, moved onto a row that exists (the last entry of its section when it shrank).
    static func selected(_ s: DashboardState) -> NoteRef {
        let mine = s.snapshot?.mine
        let refs = refs(mine)
        if refs.contains(s.selectedNote) { return s.selectedNote }
        return refs.last { $0.section == s.selectedNote.section } ?? refs.first ?? s.selectedNote
    }

    /// `Ones to watch (2)`
    static func heading(_ section: NoteSection, _ count: Int) -> String {
        section.title + (count > 0 ? " (\(count))" : "")
    }

    static func content(_ rect: Rect, boxed: Bool) -> Rect {
        boxed
            ? rect.inset(dx: 2, dy: 1)
            : Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// First row shown, so the selected row stays in view (while a new entry is typed, the title
    /// of its section, where it is typed).
    static func offset(_ s: DashboardState, height: Int) -> Int {
        let all = rows(s.snapshot?.mine)
        let i: Int?
        if case .newNote(let section)? = s.editing?.target {
            i = all.firstIndex { if case .heading(section, _) = $0 { return true } else { return false } }
        } else {
            let sel = selected(s)
            i = all.firstIndex { $0.ref == sel }
        }
        guard let i, height > 0 else { return 0 }
        return max(0, i - height + 1)
    }

    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let focused = s.focused == .notes
        let mine = s.snapshot?.mine
        let total = NoteSection.allCases.map { mine?.notes($0).count ?? 0 }.reduce(0, +)
        let detail = total == 0 ? "" : "\(g.dot) \(total) entr\(total == 1 ? "y" : "ies") for the weeknote"
        let c = PanelChrome.draw(
            &frame, rect, title: Panel.notes.title, detail: detail, focused: focused, boxed: boxed, glyphs: g)
        guard !c.isEmpty, mine != nil else { return }
        let all = rows(mine)
        let sel = selected(s)
        let start = offset(s, height: c.height)
        for (i, row) in all.dropFirst(start).enumerated() where i < c.height {
            let y = c.y + i
            let selected = focused && row.ref == sel
            switch row {
            case .heading(let section, let count):
                frame.put(heading(section, count), x: c.x, y: y, role: .header)
            case .entry(_, let text):
                frame.put("\(g.bullet) ", x: c.x + 1, y: y, role: .muted)
                frame.put(text, x: c.x + 3, y: y, role: .text, maxWidth: c.width - 3)
            case .empty:
                let hint = s.settings.readOnly ? "(none)" : "(none: a adds one)"
                frame.put(hint, x: c.x + 3, y: y, role: .muted, maxWidth: c.width - 3)
            }
            if selected { frame.restyle(x: c.x, y: y, width: c.width, role: .selection) }
        }
    }

    /// The row under the pointer, if it can be selected.
    static func ref(atY y: Int, _ s: DashboardState, rect: Rect, boxed: Bool) -> NoteRef? {
        let c = content(rect, boxed: boxed)
        let i = y - c.y + offset(s, height: c.height)
        let all = rows(s.snapshot?.mine)
        guard y >= c.y, y < c.maxY, all.indices.contains(i) else { return nil }
        return all[i].ref
    }

    /// Where an entry is edited (its row), or a new one typed (after its section's title).
    static func field(_ s: DashboardState, rect: Rect, boxed: Bool, _ target: EditTarget) -> Rect {
        let c = content(rect, boxed: boxed)
        let all = rows(s.snapshot?.mine)
        let start = offset(s, height: c.height)
        let row: Int?
        var indent = 3
        switch target {
        case .note(let ref):
            row = all.firstIndex { $0.ref == ref }
        case .newNote(let section):
            row = all.firstIndex { if case .heading(section, _) = $0 { return true } else { return false } }
            indent = TextWidth.of(heading(section, s.snapshot?.mine.notes(section).count ?? 0)) + 2
        default: row = nil
        }
        guard let row, row >= start, row - start < c.height, c.width > indent + 4 else { return .zero }
        return Rect(x: c.x + indent, y: c.y + row - start, width: c.width - indent, height: 1)
    }
}
