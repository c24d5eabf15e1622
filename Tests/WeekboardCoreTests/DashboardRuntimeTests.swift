import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Dashboard runtime against a store on disk")
struct DashboardRuntimeTests {
    let temp = TempStore("dash")
    @Test func pressingOneWritesGoalOneDoneToTheStore() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let file = StoreFiles.personWeek(DashboardFixture.person, DashboardFixture.week)
        // Goal 1 starts done in the fixture: 1 reopens it, a second 1 ticks it again.
        let c = DashboardFixture.runtime(store)
        #expect(c.handle(.char("1")) != .quit)
        #expect(try store.read(file).goals[0]?.state == .open)
        #expect(c.render(width: 80, height: 24).text.contains("1 [○] Agree the voids recovery plan"))
        #expect(c.handle(.char("1")) != .quit)
        #expect(try store.read(file).goals[0]?.state == .done)
        let frame = c.render(width: 80, height: 24)
        #expect(frame.text.contains("1 [✓] Agree the voids recovery plan"))
        #expect(frame.line(22).contains("Goal 1 done."))
    }

    @Test func readOnlyChangesNothing() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let file = StoreFiles.personWeek(DashboardFixture.person, DashboardFixture.week)
        let before = try Data(contentsOf: store.url(file.path))
        let c = DashboardFixture.runtime(store, readOnly: true)
        for key: Key in [.char("1"), .char("x"), .char("e"), .char("c")] { _ = c.handle(key) }
        #expect(try Data(contentsOf: store.url(file.path)) == before)
        let frame = c.render(width: 80, height: 24)
        #expect(frame.line(22).contains("read-only: nothing was changed"))
        #expect(frame.line(0).contains("READ-ONLY"))
    }

    @Test func tickPicksUpAChangeMadeBehindItsBackAndKeepsTheSelection() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.tab)  // goals -> board
        _ = c.handle(.char("j"))
        _ = c.handle(.char("j"))
        let selected = try #require(c.state.project?.name)
        #expect(c.tick() == .none)  // nothing changed yet
        // Another process (the CLI, a colleague) changes the store.
        let ctx = ActionContext(
            person: "sam", week: DashboardFixture.week, now: DashboardFixture.now, today: DashboardFixture.today)
        try store.perform(
            .board(
                .setProjectStatus(
                    name: "Gas servicing compliance", status: .red, note: "Contractor gone into administration")), ctx)
        #expect(c.tick() != .none)
        #expect(c.state.project?.name == selected)
        let frame = c.render(width: 80, height: 24)
        let row = try #require((0..<frame.height).map(frame.line).first { $0.contains("Gas servicing") })
        #expect(row.contains("■ R Off track") && row.contains("↓ Gas servicing"))
        #expect(c.tick() == .none)
    }

    @Test func tickKeepsAnEditInProgress() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.char("e"))  // edit goal 1
        for ch in " today" { _ = c.handle(.char(ch)) }
        let ctx = ActionContext(
            person: "alex", week: DashboardFixture.week, now: DashboardFixture.now, today: DashboardFixture.today)
        try store.perform(.week(.setFocus("Changed elsewhere")), ctx)
        #expect(c.tick() != .none)
        #expect(c.state.editing?.editor.text == "Agree the voids recovery plan with the contractor today")
        #expect(c.render(width: 80, height: 24).text.contains("Changed elsewhere"))
        _ = c.handle(.enter)
        let file = StoreFiles.personWeek("alex", DashboardFixture.week)
        #expect(try store.read(file).goals[0]?.text == "Agree the voids recovery plan with the contractor today")
        #expect(try store.read(file).focus == "Changed elsewhere")
    }

    @Test func aFailedSaveShowsWhyAndKeepsTheEdit() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.tab)  // board
        _ = c.handle(.char("e"))
        for _ in 0..<5 { _ = c.handle(.enter) }  // through the form to its last field
        for ch in " more" { _ = c.handle(.char(ch)) }
        // The project disappears behind the dashboard's back: the save must fail and say so.
        try store.transaction { tx in
            var board = try tx.read(StoreFiles.board)
            board.projects.removeAll { $0.name == "Damp and mould triage" }
            try tx.write(StoreFiles.board, board)
        }
        _ = c.handle(.enter)
        // " more" made the programme (the last field) a new one: asked once, Enter again confirms.
        #expect(c.state.message?.kind == .question)
        _ = c.handle(.enter)
        #expect(c.state.message?.kind == .error)
        #expect(c.state.message?.text.contains("no project called 'Damp and mould triage'") == true)
        #expect(c.state.editing?.editor.text.hasSuffix(" more") == true)
    }

    @Test func weekNavigationShowsThePastWeekAndComesBack() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        _ = c.handle(.char("["))
        var frame = c.render(width: 80, height: 24)
        #expect(frame.line(0).contains("Week 2026.47"))
        #expect(frame.line(0).contains("past week · t: this week"))
        #expect(frame.text.contains("Winter readiness"))
        _ = c.handle(.char("t"))
        frame = c.render(width: 80, height: 24)
        #expect(frame.line(0).contains("Week 2026.48"))
        #expect(!frame.line(0).contains("past week"))
    }

    @Test func qAndCtrlCQuit() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        #expect(c.handle(.char("q")) == .quit)
        #expect(c.handle(.ctrl("c")) == .quit)
        #expect(c.handle(.ctrl("l")) == .redraw)
    }
}

extension DashboardRuntimeTests {
    @Test func aBrokenFileOnDiskIsReportedAndTheLastGoodViewStays() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        let board = store.url(StoreFiles.board.path)
        try Data("{ \"schemaVersion\": 1, \"projects\": [ oops ] }".utf8).write(to: board)
        #expect(c.tick() != .none)
        let frame = c.render(width: 80, height: 24)
        #expect(frame.line(22).contains("Could not reload"))
        #expect(frame.line(22).contains("board.json"))
        #expect(frame.text.contains("Damp and mould tri"))  // the last good board is still shown
        // A change to the broken file is not attempted: the save fails and says why, nothing written.
        _ = c.handle(.tab)
        _ = c.handle(.char("s"))
        _ = c.handle(.char("g"))
        _ = c.handle(.enter)
        #expect(c.state.message?.kind == .error)
        #expect(try String(contentsOf: board, encoding: .utf8) == "{ \"schemaVersion\": 1, \"projects\": [ oops ] }")
    }

    @Test func aWeekThatCannotBeReadShowsWhyAndRecoversWhenTheFileIsFixed() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        let previous = store.url(StoreFiles.personWeek("alex", DashboardFixture.week.previous).path)
        try Data("not json".utf8).write(to: previous)
        _ = c.handle(.char("["))  // 2026-W47: broken
        var frame = c.render(width: 80, height: 24)
        #expect(frame.line(0).contains("Week 2026.47"))
        #expect(frame.text.contains("Cannot show this week"))
        #expect(frame.text.contains("people/alex/2026-W47.json"))
        #expect(!frame.text.contains("wb-dash-"))  // paths are shown relative to the store
        // Someone repairs the file; the next tick notices and shows the week.
        try FileManager.default.removeItem(at: previous)
        #expect(c.tick() != .none)
        frame = c.render(width: 80, height: 24)
        #expect(!frame.text.contains("Cannot show this week"))
        _ = c.handle(.char("t"))
        #expect(c.render(width: 80, height: 24).text.contains("Agree the voids recovery plan"))
    }
}
