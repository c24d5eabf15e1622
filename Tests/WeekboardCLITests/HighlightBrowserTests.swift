import Foundation
import Testing
import WeekboardTestSupport

/// The HTML highlight report printed by a real browser: headless Chromium prints it to PDF (A4, its
/// print stylesheet) and `pdftotext` reads the PDF back. Needs Debian's `chromium` and
/// `poppler-utils` (`.ci/run` installs them); where they cannot be installed the test is skipped and
/// says so in the test output.
@Suite(
    "HTML highlight report printed by Chromium", .serialized,
    .enabled(
        if: ChromiumPrint.isAvailable,
        "SKIPPED: Chromium or pdftotext is not installed (apt-get install chromium poppler-utils)"))
struct HighlightBrowserTests {
    let temp = TempStore("pdf")
    @Test("every project, the RAG words and the period are in the printed PDF; a programme a page; no cut rows")
    func printsToPDF() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"]
        for name in hostile {
            let r = try cli.run(
                "project", "add", name, "--programme", "Digital Customer Services", "--status", "amber",
                "--note", "Added on the day")
            #expect(r.code == 0, "\(r.err)")
        }
        // A programme long enough to run over pages, rows of several lines: without the print
        // stylesheet's rules some row would straddle a page break.
        for i in 1...24 {
            let note =
                String(
                    repeating: "Survey work continues across the estate with contractors on site. ",
                    count: 1 + i % 3) + "End of note \(i)."
            let r = try cli.run(
                "project", "add", "Long project \(i)", "--programme", "Long programme",
                "--owner", "Sam Patel", "--note", note, "--milestone", "Milestone \(i)",
                "--due", "2026-12-\(10 + i % 9)")
            #expect(r.code == 0, "\(r.err)")
        }
        let dir = try temp.directory("pdf")
        let html = dir.appendingPathComponent("board.html")
        #expect(try cli.run("export", "highlight", "--format", "html", "--out", html.path).code == 0)

        let pages = try ChromiumPrint.pages(of: html, in: dir).filter { !$0.isEmpty }
        let all = pages.joined(separator: " ")
        let listing = try cli.run("project", "list", "--json")
        let names = try Self.projectNames(listing.out)
        #expect(names.count == 41)
        for name in names { #expect(all.contains(name), "\(name) is not in the PDF") }
        for word in ["Off track", "At risk", "Minor risk", "On track", "Complete"] { #expect(all.contains(word)) }
        #expect(all.contains("Period: 10 November 2026 to 24 November 2026"))
        #expect(all.contains("Produced: 24 November 2026"))

        // The first programme follows the report's header; each after it starts a page of its own.
        #expect(pages.count >= 4)
        #expect(pages[0].contains("Technical Services 12 Point Plan Overall:"))
        for programme in ["Digital Customer Services", "Long programme"] {
            let page = pages.first { $0.contains("\(programme) Overall:") }
            #expect(page?.hasPrefix("\(programme) Overall:") == true, "\(programme) does not start a page")
        }
        // No row is cut: each project's name and its latest note are on the same page.
        var notes = [
            "Damp and mould triage": "Backlog of 212 surveys; agency surveyors start Monday",
            "Resident satisfaction survey": "Published on the website",
            "Council tax self-service": "Payments integration blocked by supplier",
            hostile[0]: "Added on the day",
        ]
        for i in 1...24 { notes["Long project \(i)"] = "End of note \(i)." }
        for (name, note) in notes {
            let page = pages.first { $0.contains(name) }
            #expect(page?.contains(note) == true, "\(name)'s row is split across pages")
        }
    }

    static func projectNames(_ json: String) throws -> [String] {
        let listing = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        let programmes = listing["programmes"] as? [[String: Any]] ?? []
        return programmes.flatMap { ($0["projects"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
    }
}
