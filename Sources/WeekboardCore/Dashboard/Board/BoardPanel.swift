/// The programme board: programmes worst first, each project's status (shape, letter, word),
/// trend, owner, next milestone and stale mark; the selected project's note in full below.
enum BoardPanel {
    enum Line: Equatable {
        case programme(ProgrammeRollUp)
        case project(Project)
    }

    /// Where the list, its column titles and the note go inside the panel's content.
    struct Geometry {
        var titles: Rect?
        var list: Rect
        var note: Rect
        var lines: [Line]
        /// First list line shown, so the selected project stays in view.
        var offset: Int
    }

    static func lines(_ s: DashboardState) -> [Line] {
        (s.snapshot?.programmes ?? []).flatMap { [Line.programme($0)] + $0.projects.map(Line.project) }
    }

    static func content(_ rect: Rect, boxed: Bool) -> Rect {
        boxed
            ? rect.inset(dx: 2, dy: 1)
            : Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// The list gets the rows it needs up to what the note must keep; the note block (and, when
    /// boxed, the milestone and status history) takes the rest, straight under the list.
    static func geometry(_ s: DashboardState, rect: Rect, boxed: Bool) -> Geometry {
        let c = content(rect, boxed: boxed)
        let all = lines(s)
        let noteLines = noteText(s).map { TextWrap.lines(noteLabel(boxed) + $0, width: c.width).count } ?? 1
        let rule = boxed ? 1 : 0
        let noteCap = boxed ? max(2, c.height / 3) : max(1, c.height / 4)
        let noteMin = c.height >= 3 ? min(noteLines, noteCap) + rule : 0
        let titlesH = boxed && c.height >= 12 ? 1 : 0
        let listH = max(0, min(all.count, c.height - noteMin - titlesH))
        let list = Rect(x: c.x, y: c.y + titlesH, width: c.width, height: listH)
        let gap = boxed && c.maxY - list.maxY > noteMin + 1 ? 1 : 0
        let note = Rect(x: c.x, y: list.maxY + gap, width: c.width, height: c.maxY - list.maxY - gap)
        let selected =
            all.firstIndex { if case .project(let p) = $0 { return p.name == s.project?.name } else { return false } }
            ?? 0
        let offset = list.height > 0 && selected >= list.height ? selected - list.height + 1 : 0
        let titles = titlesH > 0 ? Rect(x: c.x, y: c.y, width: c.width, height: 1) : nil
        return Geometry(titles: titles, list: list, note: note, lines: all, offset: offset)
    }

    static func noteLabel(_ boxed: Bool) -> String { boxed ? "" : "Note: " }

    /// The note shown for the selected project, `nil` when it has none.
    static func noteText(_ s: DashboardState) -> String? {
        guard let note = s.project?.note, !note.isEmpty else { return nil }
        return note
    }

    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs) {
        let focused = s.focused == .board
        let projects = s.projects
        let stale = projects.filter { $0.isStale(today: s.today) }.count
        let geo = geometry(s, rect: rect, boxed: boxed)
        var detail = "\(g.dot) \(projects.count) project\(projects.count == 1 ? "" : "s")"
        if let day = s.snapshot?.boardAsAt { detail += " \(g.dot) as at \(day.weekdayShort)" }
        if stale > 0 { detail += " \(g.dot) \(stale) stale" }
        if geo.lines.count - geo.offset > geo.list.height { detail += " \(g.dot) more below" }
        _ = PanelChrome.draw(
            &frame, rect, title: Panel.board.title, detail: detail, focused: focused, boxed: boxed, glyphs: g)
        guard !geo.list.isEmpty || !geo.note.isEmpty else { return }
        if projects.isEmpty {
            frame.put(
                "No projects yet: weekboard project add NAME --programme P", x: geo.list.x, y: geo.list.y, role: .muted,
                maxWidth: geo.list.width)
            return
        }
        let cols = BoardColumns(projects, today: s.today, width: geo.list.width, g)
        if let t = geo.titles { cols.drawTitles(&frame, t) }
        for (i, line) in geo.lines.dropFirst(geo.offset).prefix(geo.list.height).enumerated() {
            let y = geo.list.y + i
            switch line {
            case .programme(let p): drawProgramme(&frame, p, x: geo.list.x, y: y, width: geo.list.width, g)
            case .project(let p):
                let selected = p.name == s.project?.name
                cols.draw(&frame, p, x: geo.list.x, y: y, selected: selected, focused: focused)
            }
        }
        drawNote(&frame, geo.note, s, boxed: boxed, g, whole: s.project.map(cols.cuts) ?? false)
    }

    static func drawProgramme(_ frame: inout Frame, _ p: ProgrammeRollUp, x: Int, y: Int, width: Int, _ g: Glyphs) {
        var used = frame.put(p.name, x: x, y: y, role: .title, maxWidth: max(10, width - 30))
        used += frame.put(
            "  " + p.status.tag(unicode: g.unicode), x: x + used, y: y, role: Role.status(p.status),
            maxWidth: width - used)
        let n = p.projects.count
        frame.put(" \(g.dot) \(n) project\(n == 1 ? "" : "s")", x: x + used, y: y, role: .muted, maxWidth: width - used)
    }

    /// `whole`: the selected row cuts the project's name or owner, so the line under the list begins
    /// with them in full (in place of `Note:`).
    static func drawNote(
        _ frame: inout Frame, _ rect: Rect, _ s: DashboardState, boxed: Bool, _ g: Glyphs, whole: Bool = false
    ) {
        guard !rect.isEmpty, let p = s.project else { return }
        var y = rect.y
        var height = rect.height
        if boxed {
            let ago = English.daysAgo(p.daysSinceUpdate(today: s.today))
            let updated = "updated \(Format.day(p.lastUpdated, today: s.today)), \(ago)"
            frame.fill(x: rect.x, y: y, width: rect.width, role: .border, text: g.horizontal)
            frame.put(" \(p.name) \(g.dot) \(updated) ", x: rect.x + 1, y: y, role: .muted, maxWidth: rect.width - 2)
            y += 1
            height -= 1
        }
        guard height > 0 else { return }
        if case .projectNote(let name)? = s.editing?.target, name == p.name { return }  // the editor is drawn here
        if case .statusNote(let name, _)? = s.editing?.target, name == p.name { return }
        var lines: [(String, Role)] = []
        let label = !boxed && whole ? "\(p.name)\(p.owner.map { " (\($0))" } ?? ""): " : noteLabel(boxed)
        if let note = noteText(s) {
            let budget = boxed ? max(1, height - 1 - min(3, p.history.count)) : height
            lines += TextWrap.lines(label + note, width: rect.width, max: budget).map { ($0, .text) }
        } else if !boxed && whole {
            lines.append((label + "(no note)", .muted))
        } else {
            lines.append((s.settings.readOnly ? "(no note)" : "(no note: press e on the board to write one)", .muted))
        }
        if boxed {
            if let m = p.milestone {
                let due = m.due.map { " \(g.dot) due \(Format.day($0, today: s.today))" } ?? ""
                lines.append(("Next: \(m.text)\(due)", .muted))
            }
            lines += raidLines(p, today: s.today, g)
            for u in p.history.reversed() {
                let note = (u.by.map { "  \($0):" } ?? "") + (u.note.map { "  \($0)" } ?? "")
                lines.append(
                    (
                        Format.pad(Format.day(u.date, today: s.today), 8) + u.status.tag(unicode: g.unicode) + note,
                        Role.status(u.status)
                    ))
            }
        }
        for (i, line) in lines.prefix(height).enumerated() {
            frame.put(line.0, x: rect.x, y: y + i, role: line.1, maxWidth: rect.width)
        }
        if !boxed, noteText(s) != nil {
            frame.restyle(x: rect.x, y: y, width: min(rect.width, TextWidth.of(label) - 1), role: .muted)
        }
    }

    /// The dimension ratings (with the dimensions outside tolerance) and the open RAID items, highest
    /// score first, each with its code for `X` and `V` (`r1`) and its owner.
    static func raidLines(_ p: Project, today: CalendarDay, _ g: Glyphs) -> [(String, Role)] {
        var out: [(String, Role)] = []
        if let r = p.ratings?.current, !r.rated.isEmpty {
            let dims = r.rated.map { "\($0.dimension.title) \($0.status.letter)" }.joined(separator: " \(g.dot) ")
            let outside = r.outsideTolerance.map(\.rawValue).joined(separator: ", ")
            out.append(
                outside.isEmpty
                    ? (dims, .muted) : ("\(dims) \(g.dot) outside tolerance: \(outside)", .error))
        }
        for item in RAIDRows.open(p) {
            var text = item.code + " "
            switch item.entry {
            case .risk(let r): text += "risk \(r.score): "
            case .issue(let x): text += "issue sev \(x.severity): "
            case .decision: text += "decide: "
            case .action: text += "action: "
            }
            text += item.title + (item.owner.map { " \(g.dot) \($0)" } ?? "")
            if let due = item.due { text += " \(g.dot) \(Format.day(due, today: today))" }
            let role: Role = item.rank >= 15 ? .error : item.kind == .decision ? .keyHint : .text
            out.append((text, role))
        }
        return out
    }

    /// The project on screen row `y`, for mouse clicks.
    static func project(atY y: Int, _ s: DashboardState, rect: Rect, boxed: Bool) -> String? {
        let geo = geometry(s, rect: rect, boxed: boxed)
        guard y >= geo.list.y, y < geo.list.maxY else { return nil }
        let i = geo.offset + y - geo.list.y
        guard i < geo.lines.count, case .project(let p) = geo.lines[i] else { return nil }
        return p.name
    }

    /// Where a project's note (or a new status's note) is typed: the first line of the note area.
    static func field(_ s: DashboardState, rect: Rect, boxed: Bool) -> Rect {
        let geo = geometry(s, rect: rect, boxed: boxed)
        var note = geo.note
        if boxed, note.height >= 2 { note.y += 1 }
        if note.isEmpty { note = Rect(x: geo.list.x, y: geo.list.maxY - 1, width: geo.list.width, height: 1) }
        return Rect(x: note.x, y: note.y, width: note.width, height: 1)
    }
}
