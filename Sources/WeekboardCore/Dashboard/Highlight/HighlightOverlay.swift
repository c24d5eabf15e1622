/// `H` on the board: the selected project's programme's highlight report for the 14 days up to
/// today, the report `weekboard export highlight --programme P` prints, laid out for the terminal
/// (a project a few lines, not a wide table). `s` saves it as Markdown, HTML or CSV by the name's
/// extension. Built from the week's snapshot: board.json holds the updates the period needs.
enum HighlightOverlay {
    /// `highlight-technical-services-12-point-plan-2026-11-24.md`: what `s` offers first.
    static func defaultFileName(programme: String, today: CalendarDay) -> String {
        var slug = ""
        for u in programme.lowercased().unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) {
                slug.unicodeScalars.append(u)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return "highlight-" + (slug.isEmpty ? "" : slug + "-") + today.iso + ".md"
    }

    /// The report on `programme`, or nil while the week cannot be read or the programme is gone.
    static func report(_ s: DashboardState, programme: String) -> HighlightReport? {
        guard let snapshot = s.snapshot else { return nil }
        return try? HighlightReport.make(
            board: Board(projects: snapshot.programmes.flatMap(\.projects)),
            storeName: snapshot.storeName, period: .standard(today: s.today),
            programmes: [programme], today: s.today, labelStyle: s.settings.labelStyle)
    }

    /// The file `s` writes: HTML for `.html`, CSV for `.csv`, Markdown otherwise.
    static func document(_ report: HighlightReport, path: String) -> String {
        switch ExportFormat(fileName: path) {
        case .html: return HighlightHTML.render(report)
        case .csv: return HighlightCSV.render(report)
        case .md: return HighlightMarkdown.render(report)
        }
    }

    /// Screen lines at the current size: headings in the title role, each status in its colour
    /// beside its shape, letter and word.
    static func lines(_ s: DashboardState, programme: String) -> [StyledLine] {
        let width = min(100, TextOverlay.content(width: s.width, height: s.height).width)
        guard width > 12, let r = report(s, programme: programme), let p = r.programmes.first else { return [] }
        let u = s.settings.unicode
        var out: [StyledLine] = []
        func para(_ text: String, _ role: Role = .text, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            out += TextWrap.lines(text, width: width - indent).map { [Span(pad + $0, role)] }
        }
        func item(_ text: String) {
            let wrapped = TextWrap.lines(text, width: width - 2)
            out += wrapped.enumerated().map { i, l in [Span(i == 0 ? "- " : "  ", .muted), Span(l)] }
        }
        func heading(_ text: String) {
            out.append([])
            out.append([Span(text, .title)])
        }
        para("Period: \(r.periodText)", .muted)
        para("Produced: \(r.produced.long)", .muted)
        out.append([])
        let trend = HighlightText.trend(p) { $0.tag(unicode: u) }
        let overall = [Span("Overall: "), Span(p.status.tag(unicode: u), Role.status(p.status)), Span(", \(trend).")]
        if overall.map({ TextWidth.of($0.text) }).reduce(0, +) <= width {
            out.append(overall)
        } else {
            para("Overall: \(p.status.tag(unicode: u)), \(trend).")
        }
        para(HighlightText.counts(p) + ".")
        let dash = u ? "—" : "-"
        if !p.decisionsRequested.isEmpty {
            heading("Decisions requested")
            for d in p.decisionsRequested {
                let asked = [d.owner.map { "asked of \($0)" }, d.due.map { "by \($0.short)" }].compactMap { $0 }
                item(
                    "\(d.project) \(dash) decision \(d.number): \(d.title)"
                        + (asked.isEmpty ? "" : " (\(asked.joined(separator: ", ")))"))
            }
        }
        if !p.exceptions.isEmpty {
            heading("Exceptions")
            for e in p.exceptions {
                item("\(e.kind.title): \(e.project) \(u ? "—" : "-") \(e.detail)" + (e.note.map { ": \($0)" } ?? ""))
            }
        }
        heading("Projects")
        // Tags padded to the widest, so the names line up.
        let tagWidth = p.projects.map { TextWidth.of($0.status.tag(unicode: u)) }.max() ?? 0
        for row in p.projects {
            let tag = row.status.tag(unicode: u)
            let name = TextWrap.lines(row.name, width: max(1, width - tagWidth - 2))
            let gap = String(repeating: " ", count: tagWidth - TextWidth.of(tag) + 2)
            out.append([Span(tag, Role.status(row.status)), Span(gap), Span(name.first ?? "", .header)])
            let pad = String(repeating: " ", count: tagWidth + 2)
            out += name.dropFirst().map { [Span(pad), Span($0, .header)] }
            var plan = [row.owner, row.milestone?.text].compactMap { $0 }.filter { !$0.isEmpty }
            if let due = row.milestone?.due {
                plan.append("due \(due.short)" + (row.overdueText.map { ", \($0)" } ?? ""))
            }
            if !plan.isEmpty { para(plan.joined(separator: " \(u ? "·" : "-") "), indent: 4) }
            para(
                "Updated \(row.lastUpdate.short), \(row.updatedText)" + (row.isStale ? ", stale" : ""),
                row.isStale ? .error : .muted, indent: 4)
            if let note = row.note, !note.isEmpty { para(note, indent: 4) }
            if let r = row.ratings, !r.rated.isEmpty {
                let dims = r.rated.map { "\($0.dimension.title) \($0.status.letter)" }.joined(separator: ", ")
                let outside = row.outsideTolerance.map(\.rawValue).joined(separator: ", ")
                para(
                    dims + (outside.isEmpty ? "" : "; outside tolerance: \(outside)"),
                    outside.isEmpty ? .muted : .error, indent: 4)
            }
            for item in row.risks + row.issues {
                let score = item.kind == .risk ? "score" : "severity"
                para(
                    "\(item.kind.title) \(item.number) (\(score) \(item.score ?? 0)): \(item.title)"
                        + (item.owner.map { " \(dash) \($0)" } ?? ""), indent: 4)
            }
        }
        if !p.changes.isEmpty {
            heading("Status changes")
            for c in p.changes {
                item(
                    "\(c.date.short): \(c.project) \(c.movement)" + (c.note.map { ": \($0)" } ?? "")
                        + (c.author.map { " (by \($0))" } ?? ""))
            }
        }
        if !p.completed.isEmpty {
            heading("Completed")
            for c in p.completed { item("\(c.project), on \(c.date.long)" + (c.note.map { ": \($0)" } ?? "")) }
        }
        return out
    }

    static func maxScroll(_ s: DashboardState, programme: String) -> Int {
        TextOverlay.maxScroll(lines: lines(s, programme: programme).count, height: s.height, width: s.width)
    }

    static func draw(_ frame: inout Frame, _ s: DashboardState, programme: String, scroll: Int, _ g: Glyphs) {
        var all = lines(s, programme: programme)
        if all.isEmpty {
            let why =
                s.snapshot == nil
                ? (s.loadError ?? "Loading…")
                : "No programme called \(programme) on the board now."
            all = [[Span(why, s.snapshot == nil && s.loadError == nil ? .muted : .error)]]
        }
        TextOverlay.draw(
            &frame, lines: all, scroll: scroll, title: "Highlight report \(g.dot) \(programme)",
            detail: "\(g.dot) s saves it (.md, .html or .csv)", g)
    }
}
