import Foundation
import Testing
import WeekboardTestSupport

/// `weekboard export contacts`: the same series as CSV, Markdown and an HTML page of charts.
@Suite("CLI: export contacts")
struct ContactsExportCLITests {
    func demo() throws -> CLIRunner {
        let cli = CLIRunner()
        let r = try cli.run("init", "--demo")
        #expect(r.code == 0, "init --demo failed: \(r.err)")
        return cli
    }

    /// The CSV's rows as dictionaries by header, CRLF line ends.
    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(
                uniqueKeysWithValues: zip(
                    header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    @Test("CSV: a row per service and week with the figures status shows, then next week's forecast")
    func csvMatchesStatus() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let r = try cli.run("export", "contacts", "--format", "csv", "--weeks", "8")
        #expect(r.code == 0, "\(r.err)")
        #expect(
            r.out.hasPrefix(
                "service,week,contacts,normal,against_normal_percent,calling_again_percent,expected,expected_low,"
                    + "expected_high\r\n"))
        let rows = Self.rows(r.out)
        let status = try cli.statusJSON()
        let contacts = try #require(status["contacts"] as? [[String: Any]])
        #expect(!contacts.isEmpty)
        for c in contacts {
            let service = try #require(c["service"] as? String)
            let mine = rows.filter { $0["service"] == service }
            // Eight weeks, then the forecast of the week after.
            #expect(mine.map { $0["week"]! } == (41...49).map { "2026-W\($0)" }, "\(service)")
            let week = try #require(mine.first { $0["week"] == "2026-W48" })
            #expect(week["contacts"] == String(try #require(c["count"] as? Int)))
            if let normal = c["normal"] as? Double {
                #expect(week["normal"] == String(Int(normal.rounded())))
            }
            let next = try #require(mine.last)
            #expect(next["contacts"] == "")
            let expected = try #require(Int(next["expected"]!)), low = try #require(Int(next["expected_low"]!))
            let high = try #require(Int(next["expected_high"]!))
            #expect(low <= expected && expected <= high)
            // status --json gives the same forecast.
            let json = try #require(c["expectedNext"] as? [String: Any], "\(service)")
            #expect(json["week"] as? String == "2026-W49")
            #expect(json["count"] as? Int == expected)
            #expect(json["low"] as? Int == low)
            #expect(json["high"] as? Int == high)
            #expect(json["trackWeeks"] as? Int == 12)
            #expect(json["seasonal"] as? Bool == true)
            #expect(json["meanErrorPercent"] is Double)
        }
        let repairs = try #require(rows.first { $0["service"] == "Repairs" && $0["week"] == "2026-W48" })
        #expect(repairs["contacts"] == "5500")
        #expect(repairs["against_normal_percent"] == "47")
    }

    @Test("Markdown: a section per service with the week against normal and the forecast in words")
    func markdown() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let r = try cli.run("export", "contacts", "--weeks", "4", "--service", "rep")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix("# Contacts to 2026.48\n\nProduced: 24 November 2026\n\n## Repairs\n\n"))
        #expect(r.out.contains("5,500 contacts in 2026.48, 47% more than normal (3,750)."))
        #expect(r.out.contains("Expected next week: "))
        #expect(r.out.contains("| 2026.48 | 5,500 | 3,750 | +47% |"))
        #expect(!r.out.contains("## Council Tax"))
        let unknown = try cli.run("export", "contacts", "--service", "Parking")
        #expect(unknown.code != 0)
        #expect(unknown.err.contains("no service called 'Parking'"))
        #expect(try cli.run("export", "contacts", "--weeks", "0").code == 2)
    }

    @Test("HTML: one well-formed page, an SVG chart per service with a title and description, nothing fetched")
    func htmlPage() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        #expect(try cli.run("calls", "record", "<script>alert(1)</script>", "120").code == 0)
        let r = try cli.run("export", "contacts", "--format", "html")
        #expect(r.code == 0, "\(r.err)")
        let page = try HTMLCheck.run(r.out)
        #expect(page.xmlError == nil)
        #expect(page.nestingErrors.isEmpty)
        #expect(page.sameElements)
        #expect(page.fetches.isEmpty)
        #expect(page.eventAttributes.isEmpty)
        #expect(!page.elements.contains("script"))
        #expect(page.elements.filter { $0 == "svg" }.count == 5)
        #expect(page.headings.contains("Repairs"))
        #expect(page.headings.contains("<script>alert(1)</script>"))
        #expect(page.text.contains("Repairs: contacts each week against normal"))
        #expect(page.text.contains("52 weeks, 2025.49 to 2026.48. This week 5,500, normal 3,750."))
        #expect(page.text.contains("normal for the time of year"))
        #expect(page.text.contains("expected next week (range)"))
    }
}

/// The contacts page printed by a real browser, as the highlight report is.
@Suite(
    "HTML contacts export printed by Chromium", .serialized,
    .enabled(
        if: ChromiumPrint.isAvailable,
        "SKIPPED: Chromium or pdftotext is not installed (apt-get install chromium poppler-utils)"))
struct ContactsExportBrowserTests {
    let temp = TempStore("pdf")
    @Test("every service, its figures and the chart's words are in the printed PDF")
    func printsToPDF() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let dir = try temp.directory("pdf")
        let html = dir.appendingPathComponent("contacts.html")
        let r = try cli.run("export", "contacts", "--out", html.path)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Contacts to 2026.48 written to"))
        let all = try ChromiumPrint.pages(of: html, in: dir).joined(separator: " ")
        for service in ["Repairs", "Council Tax", "Housing", "Adult Social Care"] {
            #expect(all.contains(service), "\(service) is not in the PDF")
        }
        #expect(all.contains("5,500 contacts in 2026.48, 47% more than normal (3,750)."))
        #expect(all.contains("Expected next week:"))
        #expect(all.contains("normal for the time of year"))
        #expect(all.contains("next week"))
    }
}
