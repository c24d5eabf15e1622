/// A highlight report as one self-contained HTML page (`HTMLPage`): it prints on A4 with each
/// programme on a new page, and every text from the store is escaped (`HTMLText`).
package enum HighlightHTML {
    package static func render(_ r: HighlightReport) -> String {
        var body = [
            "<header>", "<h1>\(h(r.title))</h1>",
            "<p class=\"meta\">Period: \(h(r.periodText))<br/>Produced: \(h(r.produced.long))</p>", "</header>",
            "<main>",
        ]
        if r.programmes.isEmpty { body.append("<p>No active programmes on the board.</p>") }
        for (i, p) in r.programmes.enumerated() { body += programme(p, id: "programme-\(i + 1)") }
        body.append("</main>")
        return HTMLPage.document(title: h("\(r.title), \(r.periodText)"), body: body.joined(separator: "\n"))
    }

    static func programme(_ p: HighlightProgramme, id: String) -> [String] {
        var out = [
            "<section class=\"programme\" aria-labelledby=\"\(id)\">", "<h2 id=\"\(id)\">\(h(p.name))</h2>",
            "<p>Overall: \(HTMLPage.tag(p.status)), \(HighlightText.trend(p, tag: HTMLPage.tag)).</p>",
            "<p>\(h(HighlightText.counts(p))).</p>",
        ]
        if !p.decisionsRequested.isEmpty {
            out.append("<h3>Decisions requested</h3>")
            out.append("<ul>")
            out += p.decisionsRequested.map { "<li>\(requested($0))</li>" }
            out.append("</ul>")
        }
        if !p.exceptions.isEmpty {
            out.append("<h3>Exceptions</h3>")
            out.append("<ul>")
            out += p.exceptions.map { e in
                "<li><strong>\(h(e.kind.title)):</strong> \(h(e.project)) — \(h(e.detail))"
                    + (e.note.map { ": \(h($0))" } ?? "") + "</li>"
            }
            out.append("</ul>")
        }
        out.append("<h3 id=\"\(id)-projects\">Projects</h3>")
        out.append("<table aria-labelledby=\"\(id)-projects\">")
        out.append(
            "<thead><tr>" + headings.map { "<th scope=\"col\" class=\"\($0.css)\">\($0.text)</th>" }.joined()
                + "</tr></thead>")
        out.append("<tbody>")
        for row in p.projects {
            let due =
                row.milestone?.due.map { d in
                    date(d) + (row.overdueText.map { "<br/><strong class=\"flag\">\(h($0))</strong>" } ?? "")
                } ?? ""
            let updated =
                date(row.lastUpdate) + "<br/>" + h(row.updatedText)
                + (row.isStale ? ", <strong class=\"flag\">stale</strong>" : "")
            let cells = [
                HTMLPage.tag(row.status), h(row.owner ?? ""), h(row.milestone?.text ?? ""), due, updated,
                h(row.note ?? ""),
            ]
            out.append("<tr><th scope=\"row\">\(h(row.name))</th>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        for (i, row) in p.projects.enumerated() where row.hasDetail { out += detail(row, id: "\(id)-project-\(i + 1)") }
        if !p.changes.isEmpty {
            out.append("<h3>Status changes</h3>")
            out.append("<ul>")
            out += p.changes.map { "<li>\(change($0))</li>" }
            out.append("</ul>")
        }
        if !p.completed.isEmpty {
            out.append("<h3>Completed</h3>")
            out.append("<ul>")
            out += p.completed.map { c in
                "<li>\(h(c.project)), on \(h(c.date.long))" + (c.note.map { ": \(h($0))" } ?? "") + "</li>"
            }
            out.append("</ul>")
        }
        out.append("</section>")
        return out
    }

    static func requested(_ d: RAIDRow) -> String {
        var text = "<strong>\(h(d.project))</strong>, decision \(d.number): \(h(d.title))"
        if case .decision(let x) = d.entry, let options = x.options { text += " Options: \(h(options))." }
        var asked: [String] = []
        if let who = d.owner { asked.append("asked of \(h(who))") }
        if let by = d.due { asked.append("needed by \(h(by.long))") }
        if !asked.isEmpty { text += " " + HighlightText.sentence(asked.joined(separator: ", ")) }
        return text
    }

    /// One project's ratings, tolerances, this and next period, key risks and issues and decisions made,
    /// in its own section headed by the project's name.
    static func detail(_ row: HighlightProject, id: String) -> [String] {
        var out = [
            "<section class=\"detail\" aria-labelledby=\"\(id)\">", "<h4 id=\"\(id)\">\(h(row.name))</h4>",
        ]
        if let r = row.ratings {
            if !r.rated.isEmpty {
                out.append(
                    "<p>Dimensions: "
                        + r.rated.map { d, s in
                            "\(d.title) \(HTMLPage.tag(s))"
                                + (s == .red ? " <strong class=\"flag\">outside tolerance</strong>" : "")
                        }.joined(separator: "; ") + ".</p>")
            }
            if let t = r.tolerance { out.append("<p>Tolerances: \(h(t)).</p>") }
        }
        for (title, lines) in [("This period", row.done), ("Next period", row.next)] where !lines.isEmpty {
            out.append("<h5>\(title)</h5>")
            out.append("<ul>")
            out += lines.map { "<li>\(h($0))</li>" }
            out.append("</ul>")
        }
        if !row.risks.isEmpty {
            let rows = row.risks.compactMap { r -> [String]? in
                guard case .risk(let x) = r.entry else { return nil }
                return [
                    "\(r.number)", h(x.title), "\(x.score) (\(x.likelihood) × \(x.impact))", h(x.owner),
                    h(x.mitigation ?? ""), x.review.map(date) ?? "",
                ]
            }
            out += table(
                "Key risks" + HighlightText.more(row.risks.count, of: row.openRisks, "risks"), id: "\(id)-risks",
                ["No.", "Risk", "Score", "Owner", "Mitigation", "Review"], rows)
        }
        if !row.issues.isEmpty {
            let rows = row.issues.compactMap { r -> [String]? in
                guard case .issue(let x) = r.entry else { return nil }
                return [
                    "\(r.number)", h(x.title), "\(x.severity)", h(x.owner), h(x.action ?? ""), x.due.map(date) ?? "",
                ]
            }
            out += table(
                "Key issues" + HighlightText.more(row.issues.count, of: row.openIssues, "issues"), id: "\(id)-issues",
                ["No.", "Issue", "Severity", "Owner", "Action", "Due"], rows)
        }
        if !row.decisionsMade.isEmpty {
            out.append("<h5>Decisions made</h5>")
            out.append("<ul>")
            out += row.decisionsMade.compactMap { d in
                guard case .decision(let x) = d.entry else { return nil }
                let by = [x.decidedBy.map { "by \(h($0))" }, x.decidedOn.map { h($0.long) }].compactMap { $0 }
                return "<li>\(h(x.question)) Decided: \(h(x.outcome ?? ""))"
                    + (by.isEmpty ? "" : " (\(by.joined(separator: ", ")))") + ".</li>"
            }
            out.append("</ul>")
        }
        out.append("</section>")
        return out
    }

    /// A small table under its own heading: the first cell of each row is its row header.
    static func table(_ title: String, id: String, _ headings: [String], _ rows: [[String]]) -> [String] {
        var out = [
            "<h5 id=\"\(id)\">\(h(title))</h5>", "<table class=\"raid\" aria-labelledby=\"\(id)\">",
            "<thead><tr>" + headings.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>", "<tbody>",
        ]
        for cells in rows {
            out.append(
                "<tr><th scope=\"row\">\(cells[0])</th>" + cells.dropFirst().map { "<td>\($0)</td>" }.joined()
                    + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }

    /// The projects table's columns, with the class that sets each one's printed width.
    static let headings: [(text: String, css: String)] = [
        ("Project", "w-project"), ("Status", "w-status"), ("Owner", "w-owner"), ("Next milestone", "w-milestone"),
        ("Due", "w-date"), ("Last update", "w-date"), ("Latest note", "w-note"),
    ]

    static func change(_ c: HighlightChange) -> String {
        var text = "\(h(c.date.long)): \(h(c.project)) \(h(c.movement))"
        if let note = c.note, !note.isEmpty { text += ": \(h(note))" }
        if let author = c.author, !author.isEmpty { text += " (by \(h(author)))" }
        return text
    }

    /// `21 Nov 2026`, kept on one line.
    static func date(_ d: CalendarDay) -> String { "<span class=\"date\">\(d.short)</span>" }

    static func h(_ s: String) -> String { HTMLText.stored(s) }
}
