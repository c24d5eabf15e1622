/// A highlight report as Markdown: reads well on a Git host and pastes into an e-mail. Every text
/// from the store is escaped (`MarkdownText`), so it shows as typed and never becomes markup.
public enum HighlightMarkdown {
    public static func render(_ r: HighlightReport) -> String {
        var blocks = ["# \(md(r.title))", "Period: \(r.periodText)  \nProduced: \(r.produced.long)"]
        if r.programmes.isEmpty { blocks.append("No active programmes on the board.") }
        for p in r.programmes { blocks += programme(p) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func programme(_ p: HighlightProgramme) -> [String] {
        var out = [
            "## \(md(p.name))", "Overall: \(tag(p.status)), \(HighlightText.trend(p, tag: tag)).",
            "\(HighlightText.counts(p)).",
        ]
        if !p.exceptions.isEmpty {
            out.append("### Exceptions")
            out.append(
                p.exceptions.map { e in
                    "- **\(e.kind.title):** \(md(e.project)) — \(md(e.detail))" + (e.note.map { ": \(md($0))" } ?? "")
                }.joined(separator: "\n"))
        }
        out.append("### Projects")
        var table = [
            "| Project | Status | Owner | Next milestone | Due | Last update | Latest note |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in p.projects {
            let due = row.milestone?.due.map { d in d.short + (row.overdueText.map { ", **\($0)**" } ?? "") } ?? ""
            let updated = "\(row.lastUpdate.short), \(row.updatedText)" + (row.isStale ? ", **stale**" : "")
            let cells = [
                md(row.name), tag(row.status), md(row.owner ?? ""), md(row.milestone?.text ?? ""), due,
                updated, md(row.note ?? ""),
            ]
            table.append("| " + cells.joined(separator: " | ") + " |")
        }
        out.append(table.joined(separator: "\n"))
        if !p.changes.isEmpty {
            out.append("### Status changes")
            out.append(p.changes.map { "- " + change($0) }.joined(separator: "\n"))
        }
        if !p.completed.isEmpty {
            out.append("### Completed")
            out.append(
                p.completed.map { c in
                    "- \(md(c.project)), on \(c.date.long)" + (c.note.map { ": \(md($0))" } ?? "")
                }.joined(separator: "\n"))
        }
        return out
    }

    /// `23 November 2026: Stores and van stock moved from Amber to Red: Audit slipped (by Tom Okafor)`
    static func change(_ c: HighlightChange) -> String {
        var text = "\(c.date.long): \(md(c.project)) \(c.movement)"
        if let note = c.note, !note.isEmpty { text += ": \(md(note))" }
        if let author = c.author, !author.isEmpty { text += " (by \(md(author)))" }
        return text
    }

    /// `■ R Off track`
    static func tag(_ s: RAGStatus) -> String { s.tag(unicode: true) }

    static func md(_ s: String) -> String { MarkdownText.escape(s) }
}
