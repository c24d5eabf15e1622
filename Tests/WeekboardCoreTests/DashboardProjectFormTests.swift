import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Dashboard: adding, editing and archiving projects on the board")
struct DashboardProjectFormTests {
    let temp = TempStore("dash")
    let week = DashboardFixture.week

    func board() throws -> DashboardState {
        var s = try DashboardFixture.state()
        s.focused = .board
        return s
    }

    func type(_ text: String) -> [Key] { Array(text).map(Key.char) + [.enter] }

    @Test("a asks name, programme, owner, status, milestone and due in turn, then adds the project")
    func add() throws {
        var (s, effects) = DashboardFixture.press(try board(), [.char("a")])
        #expect(s.editing?.target.prompt == "New project 1/6: name")
        (s, effects) = DashboardFixture.press(s, type("Estate CCTV"))
        #expect(
            s.editing?.editor.text == "Technical Services 12 Point Plan", "the selected project's programme is offered")
        (s, effects) = DashboardFixture.press(s, [.ctrl("u")] + type("Housing Delivery") + type("M. Ali"))
        (s, effects) = DashboardFixture.press(s, type("purple"))
        #expect(s.message?.text == "'purple' is not a status: r, a, g, b, ar or ag")
        #expect(s.editing?.target.prompt == "New project 4/6: status: r, a, g, b, ar or ag (empty: green)")
        (s, effects) = DashboardFixture.press(
            s, [.ctrl("u")] + type("a") + type("Cameras ordered") + type("2026-12-18"))
        let draft = ProjectDraft(
            name: "Estate CCTV", programme: "Housing Delivery", owner: "M. Ali", status: .amber,
            milestone: Milestone(text: "Cameras ordered", due: CalendarDay(year: 2026, month: 12, day: 18)))
        #expect(effects.map(\.forgettingEdit) == [.perform(.board(.addProject(draft)), week: week)])
        #expect(s.editing == nil && s.selectedProject == "Estate CCTV")
    }

    @Test("e asks the selected project's fields, prefilled; Enter through them saves one edit with a rename")
    func edit() throws {
        var (s, effects) = DashboardFixture.press(try board(), [.char("e")])
        let p = try #require(try board().project)
        #expect(s.editing?.editor.text == p.name)
        (s, effects) = DashboardFixture.press(s, [.ctrl("u")] + type("Damp and mould"))
        #expect(s.editing?.editor.text == p.note)
        for _ in 0..<5 { (s, effects) = DashboardFixture.press(s, [.enter]) }
        #expect(effects.count == 1)
        guard case .perform(.board(.editProject(let name, let edit)), _, _)? = effects.first else {
            Issue.record("expected an edit, got \(effects)")
            return
        }
        #expect(name == p.name && edit.name == "Damp and mould" && edit.owner == p.owner)
        #expect(edit.programme == p.programme)
    }

    @Test("A asks before archiving the selected project; y archives, n keeps it")
    func archive() throws {
        let s = try board()
        let name = try #require(s.project?.name)
        var (n, effects) = DashboardFixture.press(s, [.char("A")])
        #expect(effects.isEmpty)
        (n, effects) = DashboardFixture.press(n, [.char("y")])
        #expect(effects == [.perform(.board(.archiveProject(name: name)), week: week)])
        (n, effects) = DashboardFixture.press(s, [.char("A"), .char("n")])
        #expect(effects.isEmpty && n.message?.text == "\(name) stays on the board.")
    }

    @Test("the form's prompt and field at 80×24 and 160×48")
    func golden() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        _ = c.handle(.tab)
        _ = c.handle(.char("a"))
        for ch in "Estate CCTV" { _ = c.handle(.char(ch)) }
        _ = c.handle(.enter)
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "project-add-80x24")
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "project-add-160x48")
        _ = c.handle(.escape)
        _ = c.handle(.char("A"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "project-archive-80x24")
    }
}
