/// A highlight report as Markdown: reads well on a Git host and pastes into an e-mail. Every text
/// from the store is escaped (`MarkdownText`), so it shows as typed and never becomes markup.
package enum HighlightMarkdown {
    package static func render(_ r: HighlightReport) -> String {
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
        if !p.decisionsRequested.isEmpty {
            out.append("### Decisions requested")
            out.append(p.decisionsRequested.map { "- " + requested($0) }.joined(separator: "\n"))
        }
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
        for row in p.projects where row.hasDetail { out += detail(row) }
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

    /// `**Damp and mould triage**, decision 1: Fund…? Options: A; B. Asked of Programme board, by 1 December 2026.`
    static func requested(_ d: RAIDRow) -> String {
        var text = "**\(md(d.project))**, decision \(d.number): \(md(d.title))"
        if case .decision(let x) = d.entry, let options = x.options { text += " Options: \(md(options))." }
        var asked: [String] = []
        if let who = d.owner { asked.append("asked of \(md(who))") }
        if let by = d.due { asked.append("needed by \(by.long)") }
        if !asked.isEmpty { text += " " + HighlightText.sentence(asked.joined(separator: ", ")) }
        return text
    }

    /// One project's ratings, tolerances, this and next period, key risks and issues and decisions made.
    static func detail(_ row: HighlightProject) -> [String] {
        var out = ["#### \(md(row.name))"]
        if let r = row.ratings {
            var lines: [String] = []
            if !r.rated.isEmpty {
                lines.append(
                    "Dimensions: "
                        + r.rated.map { d, s in
                            "\(d.title) \(tag(s))" + (s == .red ? " (**outside tolerance**)" : "")
                        }.joined(separator: "; ") + ".")
            }
            if let t = r.tolerance { lines.append("Tolerances: \(md(t)).") }
            out.append(lines.joined(separator: "  \n"))
        }
        if !row.done.isEmpty {
            out.append("**This period**")
            out.append(row.done.map { "- " + md($0) }.joined(separator: "\n"))
        }
        if !row.next.isEmpty {
            out.append("**Next period**")
            out.append(row.next.map { "- " + md($0) }.joined(separator: "\n"))
        }
        if !row.risks.isEmpty {
            out.append("**Key risks**" + HighlightText.more(row.risks.count, of: row.openRisks, "risks"))
            var t = ["| No. | Risk | Score | Owner | Mitigation | Review |", "|---|---|---|---|---|---|"]
            for r in row.risks {
                guard case .risk(let x) = r.entry else { continue }
                let cells = [
                    "\(r.number)", md(x.title), "\(x.score) (\(x.likelihood) × \(x.impact))", md(x.owner),
                    md(x.mitigation ?? ""), x.review?.short ?? "",
                ]
                t.append("| " + cells.joined(separator: " | ") + " |")
            }
            out.append(t.joined(separator: "\n"))
        }
        if !row.issues.isEmpty {
            out.append("**Key issues**" + HighlightText.more(row.issues.count, of: row.openIssues, "issues"))
            var t = ["| No. | Issue | Severity | Owner | Action | Due |", "|---|---|---|---|---|---|"]
            for r in row.issues {
                guard case .issue(let x) = r.entry else { continue }
                let cells = [
                    "\(r.number)", md(x.title), "\(x.severity)", md(x.owner), md(x.action ?? ""), x.due?.short ?? "",
                ]
                t.append("| " + cells.joined(separator: " | ") + " |")
            }
            out.append(t.joined(separator: "\n"))
        }
        if !row.decisionsMade.isEmpty {
            out.append("**Decisions made**")
            out.append(row.decisionsMade.map { "- " + made($0) }.joined(separator: "\n"))
        }
        return out
    }

    /// `Change the supplier? Decided: Stay (by Programme board, 19 November 2026).`
    static func made(_ d: RAIDRow) -> String {
        guard case .decision(let x) = d.entry else { return md(d.title) }
        var text = "\(md(x.question)) Decided: \(md(x.outcome ?? ""))"
        let by = [x.decidedBy.map { "by \(md($0))" }, x.decidedOn.map(\.long)].compactMap { $0 }
        if !by.isEmpty { text += " (\(by.joined(separator: ", ")))" }
        return text + "."
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
