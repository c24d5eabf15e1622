/// One self-contained HTML page for a published document (a highlight report, a weeknote): inline
/// CSS, no script, nothing fetched from anywhere. On screen it reads as a plain GOV.UK-style page;
/// printed, it fits A4, starts each `section.programme` on a new page, repeats table headers on
/// every page and never cuts a table row or a list item in two.
///
/// The page is also well-formed XML (every element closed, attributes quoted), so a strict parser
/// can check it.
enum HTMLPage {
    /// `title` and `body` are HTML already (callers escape what they put in).
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(title)</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A status tag showing shape, letter and word: `■ R Off track`. The shape is hidden from screen
    /// readers, which would otherwise read "black square" before the status.
    static func tag(_ status: RAGStatus) -> String {
        "<strong class=\"tag \(HTMLPalette.tagClass(status))\"><span aria-hidden=\"true\">"
            + "\(status.shape(unicode: true))</span> \(status.letter) \(status.word)</strong>"
    }

    static var css: String {
        let tags = RAGStatus.allCases.map { s in
            let c = HTMLPalette.tag(s)
            return ".\(HTMLPalette.tagClass(s)) { color: \(c.text); background: \(c.background); }"
        }
        return
            ([
                "html { color: \(HTMLPalette.text); background: \(HTMLPalette.background); }",
                "body { font-family: Arial, \"Liberation Sans\", Helvetica, sans-serif; font-size: 16px;"
                    + " line-height: 1.4; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }",
                "h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }",
                "h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; padding-top: 0.5rem;"
                    + " border-top: 2px solid \(HTMLPalette.text); }",
                "h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }",
                "h4 { font-size: 1rem; margin: 1.1rem 0 0.3rem; } h5 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }",
                // A RAID table: number, then title, score, owner, what is done, date.
                ".raid th:nth-child(1) { width: 6%; } .raid th:nth-child(3) { width: 11%; }"
                    + " .raid th:nth-child(4) { width: 15%; } .raid th:nth-child(6) { width: 12%; }",
                "p, ul { margin: 0.4rem 0; }",
                "ul { padding-left: 1.25rem; }",
                ".meta { color: \(HTMLPalette.secondary); }",
                // Fixed widths: every programme's table lines up, and a long note wraps in its own column.
                "table { border-collapse: collapse; width: 100%; font-size: 0.9em; table-layout: fixed; }",
                ".w-project { width: 15%; } .w-status { width: 15%; } .w-owner { width: 10%; }"
                    + " .w-milestone { width: 13%; } .w-date { width: 11%; } .w-note { width: 25%; }",
                ".date { white-space: nowrap; }",
                // Only a word too long for its column is broken (never a short one, as `anywhere` would).
                "td, th { overflow-wrap: break-word; }",
                "th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem 0.35rem 0;"
                    + " border-bottom: 1px solid \(HTMLPalette.rule); }",
                "thead th { border-bottom: 2px solid \(HTMLPalette.text); }",
                "tbody th { font-weight: 700; }",
                ".tag { display: inline-block; padding: 0.1rem 0.4rem; font-weight: 700; white-space: nowrap; }",
                ".flag { font-weight: 700; }",
            ] + tags + [
                "@media print {",
                "  @page { size: A4; margin: 14mm 12mm; }",
                "  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }",
                "  .programme + .programme { break-before: page; page-break-before: always; }",
                "  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }",
                "  tr, li { break-inside: avoid; page-break-inside: avoid; }",
                "  thead { display: table-header-group; }",
                "  .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
                "}",
            ]).joined(separator: "\n")
    }
}
