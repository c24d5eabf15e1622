/// The contacts export as Markdown: a table of the weeks per service.
package enum ContactsMarkdown {
    package static func render(_ r: ContactsReport) -> String {
        var blocks = ["# \(MarkdownText.escape(r.title))", "Produced: \(r.produced.long)"]
        if r.series.isEmpty { blocks.append("No contact figures in these weeks.") }
        for s in r.series {
            blocks.append("## \(MarkdownText.escape(s.service))")
            blocks.append(ContactsReport.summary(s, labelStyle: r.labelStyle))
            if let f = ContactsReport.forecastText(s) { blocks.append(f) }
            var table = ["| Week | Contacts | Normal | Against normal |", "|---|--:|--:|--:|"]
            for p in s.points {
                let cells = [
                    p.count.map(Marks.thousands) ?? "", p.normal.map { Marks.thousands(Int($0.rounded())) } ?? "",
                    p.against.map { $0 > 0 ? "+\($0)%" : "\($0)%" } ?? "",
                ]
                table.append("| \(r.labelStyle.number(p.week)) | " + cells.joined(separator: " | ") + " |")
            }
            blocks.append(table.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
