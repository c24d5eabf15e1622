import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardDemo

/// `w` (weeknote preview and save), `o` (OKRs on the board) and `h` (history): keys to state and effects.
@Suite("Dashboard reducer: weeknote, OKRs and history keys")
struct DashboardDocumentsReducerTests {
    static let week = DashboardFixture.week

    func state(readOnly: Bool = false) throws -> DashboardState {
        try DashboardFixture.state(readOnly: readOnly, width: 80, height: 24)
    }

    func press(_ s: DashboardState, _ keys: Key...) -> (DashboardState, [Effect]) {
        DashboardFixture.press(s, keys)
    }

    @Test func wOpensTheWeeknoteWhichScrollsWithinItsEnds() throws {
        var s = try state()
        s.height = 16  // shorter than the fixture's weeknote
        var (n, effects) = press(s, .char("w"))
        #expect(n.overlay == .weeknote(scroll: 0))
        #expect(effects.isEmpty)
        let limit = WeeknoteOverlay.maxScroll(n)
        #expect(limit > 2)
        (n, _) = press(n, .char("k"))
        #expect(n.overlay == .weeknote(scroll: 0))
        (n, _) = press(n, .char("j"), .down)
        #expect(n.overlay == .weeknote(scroll: 2))
        (n, _) = press(n, .end)
        #expect(n.overlay == .weeknote(scroll: limit))
        (n, _) = press(n, .char("j"), .pageDown)
        #expect(n.overlay == .weeknote(scroll: limit))
        (n, _) = press(n, .home)
        #expect(n.overlay == .weeknote(scroll: 0))
    }

    @Test func goalKeysDoNothingWhileTheWeeknoteIsOpenAndEscQOrWClose() throws {
        let s = try state()
        let (n, effects) = press(s, .char("w"), .char("1"), .char("x"))
        #expect(effects.isEmpty)
        #expect(n.overlay == .weeknote(scroll: 0))
        for close: Key in [.escape, .char("q"), .char("w")] {
            let (closed, e) = press(n, close)
            #expect(closed.overlay == nil)
            #expect(e.isEmpty)  // q closes the preview, it does not quit
        }
    }

    @Test func sInThePreviewAsksForAFileNameAndEnterSavesEvenReadOnly() throws {
        for readOnly in [false, true] {
            let s = try state(readOnly: readOnly)
            var (n, effects) = press(s, .char("w"), .char("s"))
            #expect(n.editing?.target == .exportPath)
            #expect(n.editing?.editor.text == "weeknote-2026-W48.md")
            (n, effects) = press(n, .enter)
            #expect(
                effects == [
                    .saveWeeknote(path: "weeknote-2026-W48.md", markdown: Weeknote.markdown(try #require(s.snapshot)))
                ])
            #expect(n.editing == nil)
            #expect(n.overlay == .weeknote(scroll: 0))  // still previewing, to read the result beside it
        }
    }

    @Test func aTypedNameIsOfferedAgainAndEscCancelsTheSave() throws {
        let s = try state()
        var (n, effects) = press(s, .char("w"), .char("s"), .ctrl("u"))
        for c in "notes/wk48.md" { (n, _) = press(n, .char(c)) }
        (n, effects) = press(n, .enter)
        #expect(
            effects == [.saveWeeknote(path: "notes/wk48.md", markdown: Weeknote.markdown(try #require(s.snapshot)))])
        (n, effects) = press(n, .char("s"))
        #expect(n.editing?.editor.text == "notes/wk48.md")
        (n, effects) = press(n, .escape)
        #expect(effects.isEmpty)
        #expect(n.editing == nil)
        #expect(n.overlay == .weeknote(scroll: 0))
    }

    @Test func oSwitchesTheBoardToOKRsAndBack() throws {
        let s = try state()
        var (n, effects) = press(s, .char("o"))
        #expect(n.boardView == .okrs)
        #expect(effects == [.loadOKRs])
        (n, effects) = press(n, .char("o"))
        #expect(n.boardView == .projects)
        #expect(effects.isEmpty)
    }

    @Test func projectKeysOnTheOKRViewSayWhereOKRsChangeAndJScrolls() throws {
        var s = try state()
        s.focused = .board
        s.height = 20  // a short screen: the board has four rows for eight OKR lines
        s.okrs = DemoOKRs.set(now: DashboardFixture.now)
        var (n, effects) = press(s, .char("o"), .char("s"))
        #expect(effects == [.loadOKRs])
        #expect(n.overlay == nil)
        #expect(n.message?.text.contains("weekboard okr update") == true)
        (n, effects) = press(n, .char("e"))
        #expect(n.editing == nil)
        #expect(effects.isEmpty)
        let limit = OKRPanel.maxScroll(n)
        #expect(limit == 4)
        (n, _) = press(
            n, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        #expect(n.okrScroll == limit)
        (n, _) = press(n, .char("k"))
        #expect(n.okrScroll == limit - 1)
    }

    @Test func hOpensTheHistoryAndAsksForItOnceEscClosesAndDropsIt() throws {
        let s = try state()
        var (n, effects) = press(s, .char("h"))
        #expect(n.overlay == .history(scroll: 0))
        #expect(effects == [.loadHistory(Self.week)])
        (n, effects) = press(n, .char("j"), .char("1"))
        #expect(effects.isEmpty)  // scrolling and stray keys read nothing and write nothing
        (n, effects) = press(n, .escape)
        #expect(n.overlay == nil)
        #expect(n.history == nil)
        (n, effects) = press(n, .char("h"), .char("q"))
        #expect(effects == [.loadHistory(Self.week)])
        #expect(n.overlay == nil)
    }

    @Test func ctrlCQuitsFromTheOverlays() throws {
        let s = try state()
        #expect(press(s, .char("w"), .ctrl("c")).1 == [.quit])
        #expect(press(s, .char("h"), .ctrl("c")).1 == [.loadHistory(Self.week), .quit])
    }

    @Test func helpListsTheNewKeysAndTheReadOnlySave() throws {
        let lines = HelpOverlay.lines(DisplaySettings(readOnly: true)).map { "\($0.keys) \($0.text)" }
        #expect(lines.contains { $0.hasPrefix("w ") && $0.contains("weeknote") })
        #expect(lines.contains { $0.hasPrefix("o ") && $0.contains("OKRs") })
        #expect(lines.contains { $0.hasPrefix("h ") && $0.contains("history") })
        #expect(lines.contains { $0.hasPrefix("s ") && $0.contains("never overwrites") })
        #expect(lines.contains { $0.contains("weeknote can still be saved") })
    }
}
