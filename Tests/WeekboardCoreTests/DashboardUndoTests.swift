import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

@Suite("Dashboard: u undoes, Ctrl-R redoes, L shows the week's log")
struct DashboardUndoTests {
    let temp = TempStore("dash")
    @Test func keysAskForUndoRedoAndTheLog() throws {
        let s = try DashboardFixture.state()
        #expect(DashboardFixture.press(s, [.char("u")]).1 == [.undo])
        #expect(DashboardFixture.press(s, [.ctrl("r")]).1 == [.redo])
        let (logged, effects) = DashboardFixture.press(s, [.char("L")])
        #expect(effects == [.loadLog(DashboardFixture.week)])
        #expect(logged.overlay == .log(scroll: 0))
        #expect(DashboardFixture.press(logged, [.char("L")]).0.overlay == nil, "L again closes it")
    }

    @Test func readOnlyRefusesUndoAndRedo() throws {
        let s = try DashboardFixture.state(readOnly: true)
        for key in [Key.char("u"), .ctrl("r")] {
            let (n, effects) = DashboardFixture.press(s, [key])
            #expect(effects.isEmpty)
            #expect(n.message == .readOnly)
        }
    }

    @Test("against a store: tick, u, Ctrl-R; the message says what was undone and the log who did it")
    func runtime() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let runtime = DashboardFixture.runtime(store)
        _ = runtime.resize(width: 120, height: 40)
        let before = runtime.state.snapshot?.mine.goals[0]?.state
        _ = runtime.handle(.char("1"))
        let ticked = runtime.state.snapshot?.mine.goals[0]?.state
        #expect(ticked != before)
        _ = runtime.handle(.char("u"))
        #expect(
            runtime.state.message?.text.hasPrefix("Undid: Goal 1 ") == true,
            "\(String(describing: runtime.state.message))")
        #expect(runtime.state.snapshot?.mine.goals[0]?.state == before)
        _ = runtime.handle(.ctrl("r"))
        #expect(runtime.state.message?.text.hasPrefix("Redid: Goal 1 ") == true)
        #expect(runtime.state.snapshot?.mine.goals[0]?.state == ticked)
        _ = runtime.handle(.char("L"))
        let lines = LogOverlay.lines(runtime.state).map { $0.map(\.text).joined() }
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.allSatisfy { $0.contains("(dashboard)") }, "\(lines)")
        let frame = runtime.render(width: 120, height: 40)
        #expect(frame.text.contains("Log"))
    }

    @Test("the header, team view and log show a person by their kept name, not their folder")
    func displayName() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        try store.renamePerson("alex", to: "ALEX", source: ChangeSource(person: "alex", origin: "cli"))
        let runtime = DashboardFixture.runtime(store)
        _ = runtime.resize(width: 120, height: 40)
        _ = runtime.handle(.char("1"))
        let header = runtime.render(width: 120, height: 40).text.split(separator: "\n").first ?? ""
        #expect(header.contains("· ALEX") && !header.contains("alex"), "\(header)")
        _ = runtime.handle(.char("T"))
        #expect(runtime.render(width: 120, height: 40).text.contains(" ALEX "))
        // A colleague's long name is shown whole in the team view when the row has room.
        let long = "Wolfeschlegelsteinhausenbergerdorff Hubert Blaine"
        var ctx = ActionContext(
            person: "wolfeschlegelsteinhausenbergerdorff-hubert-blaine", week: DashboardFixture.week, now: Date(),
            today: DashboardFixture.today)
        ctx.displayName = long
        try store.perform(.week(.setFocus("Long names")), ctx)
        _ = runtime.handle(.char("r"))
        #expect(runtime.render(width: 120, height: 40).text.contains(" \(long) "))
        _ = runtime.handle(.char("T"))
        _ = runtime.handle(.char("L"))
        let lines = LogOverlay.lines(runtime.state).map { $0.map(\.text).joined() }
        #expect(lines.contains { $0.contains("  ALEX (dashboard)  Goal 1") }, "\(lines)")
        #expect(!lines.contains { $0.contains("alex") }, "\(lines)")
    }

    @Test("a failed undo keeps the screen and says why")
    func nothingToUndo() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let runtime = DashboardFixture.runtime(store)
        _ = runtime.resize(width: 120, height: 40)
        _ = runtime.handle(.char("u"))
        #expect(
            runtime.state.message?.text.contains("nothing to undo") == true,
            "\(String(describing: runtime.state.message))")
    }
}
