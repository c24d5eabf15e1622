/// A highlight report as one self-contained HTML page (`HTMLPage`): it prints on A4 with each
/// programme on a new page, and every text from the store is escaped (`HTMLText`).
public enum HighlightHTML {
    public static func render(_ r: HighlightReport) -> String {
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
