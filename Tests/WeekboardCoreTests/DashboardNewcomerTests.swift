import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// What stopped a newcomer in the dashboard (issue 24), asserted on what the screen shows.
@Suite("Dashboard: a newcomer's first week")
struct DashboardNewcomerTests {
    let temp = TempStore("dash")
    @Test("a project updated today says 'updated 24 Nov, today', not '0 days ago'")
    func updatedToday() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let first = DashboardFixture.runtime(store)
        let project = try #require(first.state.project)
        let name = project.name
        let ctx = ActionContext(
            person: DashboardFixture.person, week: DashboardFixture.week, now: DashboardFixture.now,
            today: DashboardFixture.today)
        // The same status again (an update today) keeps it where it is on the board, selected.
        try store.perform(.board(.setProjectStatus(name: name, status: project.status, note: "Back on site")), ctx)
        let text = DashboardFixture.runtime(store).render(width: 160, height: 48).text
        #expect(text.contains("updated 24 Nov, today"), "\(text)")
        #expect(!text.contains("0 days ago"))
    }

    @Test("e corrects a done goal's words and keeps it done (the streak stays); the message says so")
    func editKeepsState() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.char("e"))
        for ch in " now" { _ = c.handle(.char(ch)) }
        _ = c.handle(.enter)
        _ = c.settle()
        let goal = try #require(c.state.snapshot?.mine.goals[0])
        #expect(goal.text == "Agree the voids recovery plan with the contractor now")
        #expect(goal.state == .done)
        #expect(c.state.message?.text == "Goal 1 reworded (still done).")
        let file = StoreFiles.personWeek(DashboardFixture.person, DashboardFixture.week)
        #expect(try store.read(file).goals[0]?.state == .done)
        #expect(c.render(width: 80, height: 24).text.contains("1 [✓] Agree the voids recovery plan"))
    }

    @Test("e on an empty slot sets a new goal there, open")
    func editEmptySlotSets() throws {
        var s = try DashboardFixture.state()
        s.snapshot?.mine.goals[2] = nil
        var effects: [Effect]
        (s, _) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("e")])
        (s, effects) = DashboardFixture.press(s, Array("Plan").map { .char($0) } + [.enter])
        #expect(
            effects.contains {
                if case .perform(.week(.setGoal(slot: 3, text: "Plan")), _, _) = $0 { true } else { false }
            })
    }

    func board() throws -> DashboardState {
        var s = try DashboardFixture.state(width: 80, height: 24)
        s.focused = .board
        return s
    }

    func type(_ text: String) -> [Key] { Array(text).map(Key.char) + [.enter] }

    /// `a`, then the name and programme, to reach the owner field.
    func toOwner() throws -> DashboardState {
        DashboardFixture.press(try board(), [.char("a")] + type("Estate CCTV") + [.enter]).0
    }

    @Test("a refused due date is shown beside the field's prompt, the text kept and the field still asked")
    func dueDateErrorShown() throws {
        var s = try toOwner()
        (s, _) = DashboardFixture.press(s, type("M. Ali") + type("a") + type("Cameras ordered") + type("31 Smarch"))
        #expect(s.editing?.target.prompt.hasPrefix("New project 6/6: milestone due") == true)
        #expect(s.editing?.editor.text == "31 Smarch")
        let line = Dashboard.render(s, width: 80, height: 24).line(22)
        #expect(line.contains("'31 Smarch' is not a date"), "\(line)")
        #expect(line.contains("New project 6/6"), "\(line)")
    }

    @Test("an empty programme is refused beside the field, and the name typed before is kept")
    func emptyProgrammeShown() throws {
        let (s, _) = DashboardFixture.press(try board(), [.char("a")] + type("Estate CCTV") + [.ctrl("u"), .enter])
        #expect(s.editing?.target.prompt.hasPrefix("New project 2/6: programme") == true)
        guard case .project(let form)? = s.editing?.target else { Issue.record("no form"); return }
        #expect(form.values[.name] == "Estate CCTV")
        let line = Dashboard.render(s, width: 80, height: 24).line(22)
        #expect(line.contains("programme cannot be empty") || line.contains("programme is empty"), "\(line)")
    }

    @Test("the due field takes every date form the CLI takes: next fri, +2w, 15 Dec")
    func dueDateForms() throws {
        for (typed, iso) in [
            ("next fri", "2026-12-04"), ("+2w", "2026-12-08"), ("15 Dec", "2026-12-15"),
            ("2026-12-18", "2026-12-18"), ("fri", "2026-11-27"),
        ] {
            var s = try toOwner()
            var effects: [Effect]
            (s, effects) = DashboardFixture.press(s, type("") + type("") + type("Cameras ordered") + type(typed))
            guard case .perform(.board(.addProject(let draft)), _, _)? = effects.first else {
                Issue.record("\(typed): no project added (\(s.message?.text ?? "no message"))")
                continue
            }
            #expect(draft.milestone?.due?.iso == iso, "\(typed)")
        }
    }

    @Test("the footer says what Enter does on each field: next field, then save on the last")
    func enterWords() throws {
        var s = DashboardFixture.press(try board(), [.char("a")]).0
        var frame = Dashboard.render(s, width: 80, height: 24)
        #expect(frame.line(23).contains("Enter next field"), "\(frame.line(23))")
        #expect(frame.line(22).contains("Enter: next field"), "\(frame.line(22))")
        (s, _) = DashboardFixture.press(try toOwner(), type("") + type("") + type("Cameras ordered"))
        frame = Dashboard.render(s, width: 80, height: 24)
        #expect(frame.line(23).contains("Enter save"), "\(frame.line(23))")
        (s, _) = DashboardFixture.press(try DashboardFixture.state(), [.char("e")])
        #expect(Dashboard.render(s, width: 80, height: 24).line(23).contains("Enter save"))
    }

    @Test("the programme field offers the board's programmes by prefix and asks before creating a new one")
    func programmeField() throws {
        var (s, effects) = DashboardFixture.press(try board(), [.char("a")] + type("Estate CCTV") + [.ctrl("u")])
        (s, _) = DashboardFixture.press(s, Array("hous").map(Key.char))
        #expect(Dashboard.render(s, width: 80, height: 24).line(23).contains("Programmes: Housing Delivery"))
        (s, _) = DashboardFixture.press(s, [.enter])
        guard case .project(let form)? = s.editing?.target else { Issue.record("no form"); return }
        #expect(form.values[.programme] == "Housing Delivery", "a prefix takes the programme's own name")
        #expect(form.field == .owner)
        (s, _) = DashboardFixture.press(try board(), [.char("a")] + type("Estate CCTV") + [.ctrl("u")])
        (s, _) = DashboardFixture.press(s, type("Housing Delivry"))
        #expect(s.editing?.target.prompt.hasPrefix("New project 2/6") == true, "a typo is asked about")
        #expect(s.editing?.editor.text == "Housing Delivry")
        let line = Dashboard.render(s, width: 80, height: 24).line(22)
        #expect(line.contains("No programme called 'Housing Delivry': Enter again creates it"), "\(line)")
        (s, effects) = DashboardFixture.press(s, [.enter] + type("") + type("") + type("") + type(""))
        guard case .perform(.board(.addProject(let draft)), _, _)? = effects.first else {
            Issue.record("no project added: \(effects)")
            return
        }
        #expect(draft.programme == "Housing Delivry", "Enter again creates it")
    }

    @Test("an information message fades after a few idle seconds; an error stays")
    func messagesFade() throws {
        var (s, _) = DashboardFixture.press(try DashboardFixture.state(), [.char("e"), .escape])
        #expect(s.message?.text == "Edit cancelled: nothing was saved.")
        for _ in 0..<(Message.fadeTicks - 1) {
            (s, _) = Dashboard.reduce(s, .tick(today: DashboardFixture.today, storeChanged: false))
        }
        #expect(s.message != nil)
        (s, _) = Dashboard.reduce(s, .resized(width: 100, height: 30))
        (s, _) = Dashboard.reduce(s, .tick(today: DashboardFixture.today, storeChanged: false))
        #expect(s.message == nil)
        s.message = Message("Not saved: the disk is full", .error)
        for _ in 0..<20 { (s, _) = Dashboard.reduce(s, .tick(today: DashboardFixture.today, storeChanged: false)) }
        #expect(s.message?.text == "Not saved: the disk is full")
    }

    @Test("the runtime draws again when a message fades")
    func fadeRedraws() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        _ = c.handle(.char("e"))
        _ = c.handle(.escape)
        #expect(c.render(width: 80, height: 24).line(22).contains("Edit cancelled"))
        var updates: [ScreenUpdate] = []
        for _ in 0..<Message.fadeTicks { updates.append(c.tick()) }
        #expect(updates.last == .draw)
        #expect(!c.render(width: 80, height: 24).line(22).contains("Edit cancelled"))
    }
}

@Suite("Dashboard: read-only for a viewer")
struct DashboardViewerTests {
    @Test("read-only, the footer shows only keys that work without writing, in every panel")
    func footerReadOnly() throws {
        for panel in Panel.allCases {
            var s = try DashboardFixture.state(readOnly: true, width: 160, height: 48)
            s.focused = panel
            let words = FooterView.items(s, Glyphs(unicode: true)).map(\.word)
            for word in ["tick", "nearly", "drop", "edit", "carry", "status", "add", "archive", "record", "undo"] {
                #expect(!words.contains(word), "\(panel): '\(word)' offered read-only: \(words)")
            }
            #expect(words.contains("quit"))
        }
    }

    @Test("opensOnTeam opens the dashboard on the team's view")
    func opensOnTeam() throws {
        let s = DashboardState(
            week: DashboardFixture.week, today: DashboardFixture.today,
            settings: DisplaySettings(readOnly: true, opensOnTeam: true))
        #expect(s.teamView)
    }
}
