/// The contacts export as one self-contained HTML page: a section and a chart per service.
package enum ContactsHTML {
    package static func render(_ r: ContactsReport) -> String {
        var body = [
            "<header>", "<h1>\(h(r.title))</h1>",
            "<p class=\"meta\">Produced: \(h(r.produced.long))</p>", "</header>", "<main>",
        ]
        if r.series.isEmpty { body.append("<p>No contact figures in these weeks.</p>") }
        for (i, s) in r.series.enumerated() { body += section(s, id: "service-\(i + 1)", labelStyle: r.labelStyle) }
        body.append("</main>")
        return HTMLPage.document(title: h(r.title), body: body.joined(separator: "\n"))
    }

    /// One service: its heading, what the week was, the forecast and the chart. Kept on one page in print.
    package static func section(_ s: ContactSeries, id: String, labelStyle: WeekLabelStyle) -> [String] {
        var out = [
            "<section class=\"service\" aria-labelledby=\"\(id)\" style=\"break-inside: avoid;\">",
            "<h2 id=\"\(id)\">\(h(s.service))</h2>",
            "<p>\(h(ContactsReport.summary(s, labelStyle: labelStyle)))</p>",
        ]
        if let f = ContactsReport.forecastText(s) { out.append("<p>\(h(f))</p>") }
        out.append("<figure style=\"margin: 0.5rem 0; max-width: 40rem;\">")
        out.append(ContactChartSVG.render(s, id: "\(id)-chart", labelStyle: labelStyle))
        out.append("</figure>")
        out.append("</section>")
        return out
    }

    static func h(_ s: String) -> String { HTMLText.stored(s) }
}
