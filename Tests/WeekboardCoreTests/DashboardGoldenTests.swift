import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Dashboard golden frames")
struct DashboardGoldenTests {
    let temp = TempStore("dash")
    func runtime(readOnly: Bool = false) throws -> DashboardRuntime {
        DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp), readOnly: readOnly)
    }

    @Test func dashboardAt80x24() throws {
        let c = try runtime()
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "dashboard-80x24")
    }

    @Test func dashboardAt160x48() throws {
        let c = try runtime()
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "dashboard-160x48")
    }
}

extension DashboardGoldenTests {
    @Test func helpOverlayAt80x24() throws {
        let c = try runtime()
        _ = c.handle(.char("?"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "help-80x24")
    }

    @Test func tooSmallScreen() throws {
        let c = try runtime()
        _ = c.resize(width: 40, height: 10)
        try DashboardFixture.expectGolden(c.render(width: 40, height: 10), "too-small-40x10")
        #expect(c.handle(.char("1")) == .draw)
        #expect(c.state.snapshot?.mine.goals[0]?.state == .done)  // nothing changes blindly
        #expect(c.handle(.char("q")) == .quit)  // q still quits
    }

    @Test func teamViewAt80x24() throws {
        let c = try runtime()
        _ = c.handle(.char("T"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "team-80x24")
    }

    @Test func asciiReadOnlyPastWeekAt80x24() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store, readOnly: true, unicode: false)
        _ = c.handle(.char("["))
        let frame = c.render(width: 80, height: 24)
        try DashboardFixture.expectGolden(frame, "ascii-readonly-lastweek-80x24")
        // Only the cut mark from Frame.fit may be non-ASCII.
        #expect(frame.text.unicodeScalars.allSatisfy { $0.isASCII || $0 == "…" })
    }

    @Test func editingAProjectNoteAt120x30() throws {
        let c = try runtime()
        _ = c.resize(width: 120, height: 30)
        _ = c.handle(.tab)
        _ = c.handle(.char("e"))
        _ = c.handle(.enter)  // past the name, to the note
        _ = c.handle(.ctrl("a"))
        let frame = c.render(width: 120, height: 30)
        try DashboardFixture.expectGolden(frame, "edit-note-120x30")
        let cursor = try #require(frame.cursor)
        #expect(frame[cursor.x, cursor.y].text == "N")  // "New triage script…": the cursor sits on the first letter
        #expect(frame[cursor.x, cursor.y].role == .selection)
    }
}

extension DashboardGoldenTests {
    @Test func notesPanelAt160x48() throws {
        let c = try runtime()
        for _ in 0..<3 { _ = c.handle(.tab) }
        _ = c.handle(.char("j"))
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "notes-160x48")
    }

    /// At 80×24 the notes show in the board's place while they have the focus.
    @Test func notesPanelAt80x24() throws {
        let c = try runtime()
        _ = c.resize(width: 80, height: 24)
        _ = c.handle(.backTab)
        _ = c.handle(.backTab)
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "notes-80x24")
    }

    @Test func addingANoteAt80x24() throws {
        let c = try runtime()
        _ = c.resize(width: 80, height: 24)
        _ = c.handle(.backTab)
        _ = c.handle(.backTab)
        for _ in 0..<3 { _ = c.handle(.char("j")) }
        _ = c.handle(.char("a"))
        for ch in "Budget" { _ = c.handle(.char(ch)) }
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "notes-add-80x24")
    }

    @Test func removeQuestionAt160x48() throws {
        let c = try runtime()
        for _ in 0..<3 { _ = c.handle(.tab) }
        _ = c.handle(.char("d"))
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "notes-remove-160x48")
    }
}
