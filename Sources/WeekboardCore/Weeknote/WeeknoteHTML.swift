/// A weeknote as one self-contained HTML page (`HTMLPage`), to publish: the same sections as the
/// Markdown, with every text escaped (`HTMLText`), so the writer's own Markdown shows as typed.
/// `charts` (`ContactSeries.load`) are drawn in the contact-centre section, a chart per service.
package enum WeeknoteHTML {
    package static func render(
        _ snapshot: WeekSnapshot, labelStyle: WeekLabelStyle = .dotted, author: String? = nil,
        charts: [ContactSeries] = []
    ) -> String {
        let title = HTMLText.stored(
            Weeknote.title(snapshot.week, labelStyle: labelStyle, author: author ?? snapshot.personName))
        var body = ["<main>", "<h1>\(title)</h1>"]
        for section in Weeknote.sections(snapshot) {
            body.append("<section>")
            body.append("<h2>\(HTMLText.stored(section.title))</h2>")
            body += section.paragraphs.map { "<p>\(HTMLText.stored($0))</p>" }
            if !section.items.isEmpty {
                body.append("<ul>")
                body += section.items.map { "<li>\(HTMLText.stored($0))</li>" }
                body.append("</ul>")
            }
            if section.title == Weeknote.contactsTitle {
                for (i, series) in charts.enumerated() {
                    body.append("<figure style=\"margin: 0.5rem 0; max-width: 40rem; break-inside: avoid;\">")
                    // The caption first: it names the chart below it, not the one above.
                    let forecast = ContactsReport.forecastText(series).map { " " + HTMLText.stored($0) } ?? ""
                    body.append(
                        "<figcaption><strong>\(HTMLText.stored(series.service))</strong>\(forecast)</figcaption>")
                    body.append(ContactChartSVG.render(series, id: "contacts-\(i + 1)", labelStyle: labelStyle))
                    body.append("</figure>")
                }
            }
            body.append("</section>")
        }
        body.append("</main>")
        return HTMLPage.document(title: title, body: body.joined(separator: "\n"))
    }
}
