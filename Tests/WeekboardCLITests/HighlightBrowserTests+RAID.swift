import Foundation
import Testing
import WeekboardTestSupport

extension HighlightBrowserTests {
    @Test("the board pack's new sections print: decisions requested, tolerances, periods, key risks and issues")
    func raidSectionsPrint() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let dir = try temp.directory("pdf")
        let html = dir.appendingPathComponent("board.html")
        #expect(try cli.run("export", "highlight", "--out", html.path).code == 0)
        let all = try ChromiumPrint.pages(of: html, in: dir).joined(separator: " ")
        for text in [
            "Decisions requested", "Fund three more agency surveyors to March?", "Outside tolerance:",
            "Tolerances: ±4 weeks on the backlog; ±10% budget.", "outside tolerance", "Key risks",
            "Agency surveyors leave before the backlog is cleared", "Fixed-term contracts to March", "Key issues",
            "212 surveys overdue", "This period", "Texts with a call-back slot sent to every caller", "Next period",
            "Extend the pilot to all patches", "Decisions made", "Stay with the current supplier, with a weekly audit",
        ] {
            #expect(all.contains(text), "\(text) is not in the PDF")
        }
        // Decisions requested come before the exceptions.
        let asked = try #require(all.range(of: "Decisions requested"))
        let exceptions = try #require(all.range(of: "Exceptions"))
        #expect(asked.lowerBound < exceptions.lowerBound)
    }
}
