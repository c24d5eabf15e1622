/// The minutes of a board meeting as Markdown: the decisions made and the actions agreed, each owned
/// and dated, then the items discussed. Every stored text is escaped (`MarkdownText`).
enum MeetingMinutes {
    static func render(_ m: BoardMeeting, storeName: String) -> String {
        func md(_ s: String) -> String { MarkdownText.escape(s) }
        var blocks = [
            "# \(md(storeName)): programme board minutes, \(m.day.long)",
            "Programmes: "
                + (m.programmes.isEmpty ? "none on the board" : m.programmes.map(md).joined(separator: ", ")),
        ]
        blocks.append("## Decisions")
        blocks.append(
            m.decisions.isEmpty
                ? "No decisions were recorded."
                : m.decisions.map { d in
                    "- **\(md(d.project))**, decision \(d.number): \(md(d.question)) Decided: \(md(d.outcome))"
                        + " (by \(md(d.by ?? "the board")), \(m.day.long))."
                }.joined(separator: "\n"))
        blocks.append("## Actions")
        blocks.append(
            m.actions.isEmpty
                ? "No actions were agreed."
                : m.actions.map { a in
                    "- **\(md(a.project))**: \(md(a.what)) Owner: \(md(a.owner))"
                        + (a.due.map { ", due \($0.long)" } ?? ", no date") + "."
                }.joined(separator: "\n"))
        if !m.items.isEmpty {
            blocks.append("## Items discussed")
            blocks.append(
                m.items.map { i in
                    "- \(md(i.title)): \(md(i.project))" + (i.owner.map { " (owner \(md($0)))" } ?? "")
                }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
