import Foundation
import Testing
@testable import WeekboardCore

/// `H` on the board (the selected programme's highlight report) and `s` there: keys to state and effects.
@Suite("Dashboard reducer: the highlight report")
struct DashboardHighlightReducerTests {
    static let plan = "Technical Services 12 Point Plan"

    /// The fixture at 80×24 with the board focused.
    func board(readOnly: Bool = false) throws -> DashboardState {
        var s = try DashboardFixture.state(readOnly: readOnly, width: 80, height: 24)
        s.focused = .board
        return s
    }

    func press(_ s: DashboardState, _ keys: Key...) -> (DashboardState, [Effect]) {
        DashboardFixture.press(s, keys)
    }

    func report(_ s: DashboardState, _ programme: String) throws -> HighlightReport {
        try HighlightReport.make(
            board: DashboardFixture.board, storeName: "Technical Services",
            period: .standard(today: DashboardFixture.today), programmes: [programme],
            today: DashboardFixture.today)
    }

    @Test func hOnTheBoardOpensTheSelectedProjectsProgrammeAndScrollsWithinItsEnds() throws {
        var (n, effects) = press(try board(), .char("H"))
        #expect(n.overlay == .highlight(programme: Self.plan, scroll: 0))
        #expect(effects.isEmpty)
        let limit = HighlightOverlay.maxScroll(n, programme: Self.plan)
        #expect(limit > 2)
        (n, _) = press(n, .char("k"))
        #expect(n.overlay == .highlight(programme: Self.plan, scroll: 0))
        (n, _) = press(n, .char("j"), .down)
        #expect(n.overlay == .highlight(programme: Self.plan, scroll: 2))
        (n, _) = press(n, .end, .pageDown)
        #expect(n.overlay == .highlight(programme: Self.plan, scroll: limit))
        for close: Key in [.escape, .char("q"), .char("H")] {
            let (closed, e) = press(n, close)
            #expect(closed.overlay == nil)
            #expect(e.isEmpty)
        }

        // The last project belongs to the other programme.
        let (other, _) = DashboardFixture.press(try board(), Array(repeating: .char("j"), count: 10) + [.char("H")])
        #expect(other.overlay == .highlight(programme: "Housing Delivery", scroll: 0))
    }

    @Test func hElsewhereOrOnTheOKRsShowsNoReport() throws {
        var goals = try board()
        goals.focused = .goals
        #expect(press(goals, .char("H")).0.overlay == nil)
        let (okrs, _) = press(try board(), .char("o"), .char("H"))
        #expect(okrs.overlay == nil)
        #expect(okrs.message?.text == "H reports on the selected project's programme: o shows the projects again.")
    }

    @Test func thePreviewIsTheReportLaidOutForTheTerminal() throws {
        let (n, _) = press(try board(), .char("H"))
        let text = HighlightOverlay.lines(n, programme: Self.plan).map { $0.map(\.text).joined() }
        #expect(text.first == "Period: 10 November 2026 to 24 November 2026")
        #expect(text.contains("Overall: ■ R Off track, the same as at the start of the period."))
        #expect(text.contains("- New red: Damp and mould triage — moved from Amber to Red on 20 November"))
        #expect(text.contains("■ R Off track    Damp and mould triage"))
        #expect(text.contains("    Updated 20 Nov 2026, 4 days ago"))
        #expect(!text.contains { $0.contains("Housing Delivery") || $0.contains("New-build handovers") })
        // Each status in its own colour role beside its word.
        let spans = HighlightOverlay.lines(n, programme: Self.plan).flatMap { $0 }
        let tagged = spans.filter { $0.text == "● G On track" }
        #expect(!tagged.isEmpty && tagged.allSatisfy { $0.role == .statusGreen })
    }

    @Test func sAsksForANameAndEnterSavesInTheFormatTheNameAsksForEvenReadOnly() throws {
        for readOnly in [false, true] {
            let s = try board(readOnly: readOnly)
            var (n, effects) = press(s, .char("H"), .char("s"))
            #expect(n.editing?.target == .reportPath(programme: Self.plan))
            #expect(n.editing?.editor.text == "highlight-technical-services-12-point-plan-2026-11-24.md")
            (n, effects) = press(n, .enter)
            let r = try report(s, Self.plan)
            #expect(
                effects == [
                    .saveReport(
                        path: "highlight-technical-services-12-point-plan-2026-11-24.md",
                        text: HighlightMarkdown.render(r))
                ])
            #expect(n.editing == nil)
            #expect(n.overlay == .highlight(programme: Self.plan, scroll: 0))
            for (name, text) in [("board.HTML", HighlightHTML.render(r)), ("pack.csv", HighlightCSV.render(r))] {
                (n, _) = press(n, .char("s"), .ctrl("u"))
                for c in name { (n, _) = press(n, .char(c)) }
                (n, effects) = press(n, .enter)
                #expect(effects == [.saveReport(path: name, text: text)])
            }
        }
    }

    @Test func aSaveRefusedBecauseTheFileExistsSaysSo() throws {
        var (n, _) = press(try board(), .char("H"))
        (n, _) = Dashboard.reduce(n, .reportSaved(path: "r.md", .failure(EffectFailure("/x/r.md", kind: .exists))))
        #expect(n.message?.text == "Not saved: r.md already exists (left as it was); s for another name")
        (n, _) = Dashboard.reduce(n, .reportSaved(path: "r.md", .success("/x/r.md")))
        #expect(n.message?.text == "Saved the highlight report to /x/r.md")
    }

    @Test func defaultFileNames() {
        let day = DashboardFixture.today
        #expect(
            HighlightOverlay.defaultFileName(programme: "Digital Customer Services", today: day)
                == "highlight-digital-customer-services-2026-11-24.md")
        #expect(
            HighlightOverlay.defaultFileName(programme: "../<Café> & Co!", today: day)
                == "highlight-caf-co-2026-11-24.md")
        #expect(HighlightOverlay.defaultFileName(programme: "★", today: day) == "highlight-2026-11-24.md")
        #expect(ExportFormat(fileName: "a.htm") == .html && ExportFormat(fileName: "a.CSV") == .csv)
        #expect(ExportFormat(fileName: "a.txt") == .md)
    }

    @Test func helpListsH() throws {
        let lines = HelpOverlay.lines(DisplaySettings()).map { "\($0.keys) \($0.text)" }
        #expect(lines.contains { $0.hasPrefix("H ") && $0.contains("highlight report") })
    }
}
