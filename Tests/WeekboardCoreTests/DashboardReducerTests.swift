import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardDemo

@Suite("Dashboard reducer: keys to state and effects")
struct DashboardReducerTests {
    static let week = DashboardFixture.week

    /// A state on the fixture week, snapshot loaded from a fixture store.
    func state(readOnly: Bool = false) throws -> DashboardState {
        try DashboardFixture.state(readOnly: readOnly)
    }

    func press(_ s: DashboardState, _ keys: Key...) -> (DashboardState, [Effect]) {
        DashboardFixture.press(s, keys)
    }

    @Test func goalKeysWorkFromAnyPanel() throws {
        var s = try state()
        s.focused = .contacts
        let (_, effects) = press(s, .char("2"))
        #expect(effects == [.perform(.week(.toggleGoalDone(slot: 2)), week: Self.week)])
    }

    @Test func nearlyAndDroppedApplyToTheSelectedGoalAndToggleBack() throws {
        let s = try state()
        var (n, effects) = press(s, .char("j"), .char("n"))
        #expect(n.goalSlot == 2)
        // Goal 2 is already nearly done in the fixture: n takes it back to open.
        #expect(effects == [.perform(.week(.setGoalState(slot: 2, .open)), week: Self.week)])
        (n, effects) = press(s, .char("j"), .char("j"), .char("x"))
        #expect(effects == [.perform(.week(.setGoalState(slot: 3, .dropped)), week: Self.week)])
    }

    @Test func tickingAnEmptyGoalSaysHowToWriteIt() throws {
        var s = try state()
        var mine = PersonWeek(person: "alex", week: Self.week)
        mine.goals = [nil, nil, nil]
        s.snapshot = WeekSnapshot(
            storeName: "x", person: "alex", week: Self.week, today: DashboardFixture.today, mine: mine,
            score: WeekScore(mine), streak: 0, programmes: [], contacts: [], team: [])
        s.focused = .board
        let (n, effects) = press(s, .char("3"))
        #expect(effects.isEmpty)
        #expect(n.focused == .goals && n.goalSlot == 3)
        #expect(n.message?.text == "Goal 3 is empty: press e to write it.")
    }

    @Test func tabCyclesPanelsBothWays() throws {
        let s = try state()
        #expect(s.focused == .goals)
        #expect(press(s, .tab).0.focused == .board)
        #expect(press(s, .tab, .tab, .tab).0.focused == .notes)
        #expect(press(s, .tab, .tab, .tab, .tab).0.focused == .focus)
        #expect(press(s, .backTab).0.focused == .focus)
    }

    @Test func jkMoveTheBoardSelectionByProjectName() throws {
        let s = try state()
        let names = s.projects.map(\.name)
        var (n, _) = press(s, .tab, .char("j"), .down)
        #expect(n.selectedProject == names[2])
        (n, _) = press(n, .char("k"))
        #expect(n.selectedProject == names[1])
        (n, _) = press(n, .up, .up, .up)
        #expect(n.selectedProject == names[0])
        (n, _) = press(n, .pageDown, .pageDown, .pageDown)
        #expect(n.selectedProject == names.last)
    }

    @Test func editingAGoalSavesThroughAnAction() throws {
        let s = try state()
        var (n, effects) = press(s, .char("j"), .char("e"))
        #expect(n.editing?.target == .goal(slot: 2))
        #expect(effects.isEmpty)
        (n, effects) = press(n, .ctrl("u"), .char("O"), .char("K"), .enter)
        #expect(n.editing == nil)
        #expect(effects.map(\.forgettingEdit) == [.perform(.week(.editGoal(slot: 2, text: "OK")), week: Self.week)])
    }

    @Test func qIsALetterWhileEditingAndEscCancels() throws {
        let s = try state()
        var (n, effects) = press(s, .backTab, .char("e"), .char(" "), .char("q"))
        #expect(effects.isEmpty)
        #expect(n.editing?.editor.text.hasSuffix(" q") == true)
        (n, effects) = press(n, .escape)
        #expect(n.editing == nil && effects.isEmpty)
        #expect(n.message?.text == "Edit cancelled: nothing was saved.")
    }

    @Test func emptyTextKeepsTheEditorOpenWithTheReason() throws {
        let s = try state()
        let (n, effects) = press(s, .char("e"), .ctrl("u"), .enter)
        #expect(effects.isEmpty)
        #expect(n.editing != nil)
        #expect(n.message?.kind == .error)
        #expect(n.message?.text.contains("goal 1 cannot be empty") == true)
    }

    @Test func unchangedTextWritesNothing() throws {
        let (n, effects) = press(try state(), .char("e"), .enter)
        #expect(effects.isEmpty && n.editing == nil)
        #expect(n.message?.text == "No change.")
    }

    @Test func statusPickerThenOptionalNote() throws {
        let s = try state()
        let first = try #require(s.project?.name)
        var (n, effects) = press(s, .tab, .char("s"))
        #expect(n.overlay == .statusPicker(project: first, index: RAGStatus.allCases.firstIndex(of: .red)!))
        (n, effects) = press(n, .char("g"))  // quick pick
        #expect(n.overlay == nil)
        #expect(n.editing?.target == .statusNote(project: first, status: .green))
        (n, effects) = press(n, .enter)  // no note
        #expect(
            effects.map(\.forgettingEdit) == [
                .perform(.board(.setProjectStatus(name: first, status: .green, note: nil)), week: Self.week)
            ])
        (n, effects) = press(s, .tab, .char("s"), .down, .enter, .char("o"), .char("k"), .enter)
        #expect(
            effects.map(\.forgettingEdit) == [
                .perform(
                    .board(.setProjectStatus(name: first, status: .amberRed, note: "ok")),
                    week: Self.week)
            ])
    }

    @Test func weekKeys() throws {
        let s = try state()
        var (n, effects) = press(s, .char("["))
        #expect(n.week == Self.week.previous && effects == [.loadWeek(Self.week.previous)])
        (n, effects) = press(n, .char("]"), .char("]"))
        #expect(n.week == Self.week.next && effects == [.loadWeek(Self.week), .loadWeek(Self.week.next)])
        (n, effects) = press(n, .char("t"))
        #expect(n.week == Self.week && effects == [.loadWeek(Self.week)])
        (n, effects) = press(n, .char("t"))
        #expect(effects.isEmpty)
        (_, effects) = press(n, .char("c"))
        #expect(effects == [.perform(.carry(.unfinishedGoals), week: Self.week)])
    }

    @Test func reloadRedrawHelpTeamAndQuit() throws {
        let s = try state()
        #expect(press(s, .char("r")).1 == [.loadWeek(Self.week), .redraw])
        #expect(press(s, .ctrl("l")).1 == [.loadWeek(Self.week), .redraw])
        #expect(Dashboard.reduce(s, .resized(width: 100, height: 30)).1 == [.redraw])
        #expect(press(s, .char("?")).0.overlay == .help(scroll: 0))
        #expect(press(s, .char("?"), .escape).0.overlay == nil)
        #expect(press(s, .char("T")).0.teamView)
        #expect(!press(s, .char("T"), .escape).0.teamView)
        #expect(press(s, .char("q")).1 == [.quit])
        #expect(press(s, .ctrl("c")).1 == [.quit])
    }

    @Test func readOnlyRefusesEveryChangeWithoutEffects() throws {
        let s = try state(readOnly: true)
        for key: Key in [.char("1"), .char("2"), .char("3"), .char("n"), .char("x"), .char("e"), .enter, .char("c")] {
            let (n, effects) = press(s, key)
            #expect(effects.isEmpty, "\(key)")
            #expect(n.message == .readOnly)
            #expect(n.editing == nil)
        }
        let (n, effects) = press(s, .tab, .char("s"))
        #expect(effects.isEmpty && n.overlay == nil && n.message == .readOnly)
    }

    @Test func tooSmallAnswersOnlyQuitAndRedraw() throws {
        var s = try state()
        s.width = 40
        s.height = 10
        #expect(press(s, .char("1")).1.isEmpty)
        #expect(press(s, .char("e")).0.editing == nil)
        #expect(press(s, .char("q")).1 == [.quit])
        #expect(press(s, .ctrl("l")).1 == [.loadWeek(Self.week), .redraw])
    }

    @Test func mouseClickOnAGoalBoxTicksItAndClickOnAPanelFocusesIt() throws {
        var s = try state()
        s.focused = .focus
        let layout = s.layout
        let goals = layout.rect(.goals)
        // Compact layout: goal 2's box sits on the panel's third row, columns x+3…x+5.
        let (n, effects) = press(s, .mouse(x: goals.x + 4, y: goals.y + 2, event: .press))
        #expect(n.focused == .goals && n.goalSlot == 2)
        #expect(effects == [.perform(.week(.toggleGoalDone(slot: 2)), week: Self.week)])
        let (m, e2) = press(s, .mouse(x: goals.x + 20, y: goals.y + 3, event: .press))
        #expect(e2.isEmpty && m.goalSlot == 3)
        let board = layout.rect(.board)
        let (b, _) = press(s, .mouse(x: board.x + 30, y: board.y + 3, event: .press))
        #expect(b.focused == .board)
        #expect(b.selectedProject == s.projects[1].name)  // row 0 is the programme line
        let (w, _) = press(s, .mouse(x: board.x + 5, y: board.y + 2, event: .wheelDown))
        #expect(w.focused == .board && w.selectedProject == s.projects[1].name)
    }

    @Test func helpIsGeneratedFromTheKeyMap() throws {
        let lines = HelpOverlay.lines(DisplaySettings())
        for binding in KeyMap.bindings {
            #expect(lines.contains { $0.text.hasPrefix(binding.summary) }, "help lacks '\(binding.summary)'")
        }
        for binding in LineEditor.bindings {
            #expect(lines.contains { $0.text == binding.summary })
        }
    }
}

extension DashboardReducerTests {
    @Test func gAndHomeGoToTheFirstRowGAndEndToTheLast() throws {
        var s = try state()
        s.focused = .board
        let all = s.projects.map(\.name)
        for last: Key in [.char("G"), .end] { #expect(press(s, last).0.selectedProject == all.last) }
        for first: Key in [.char("g"), .home] { #expect(press(s, .char("G"), first).0.selectedProject == all.first) }
        s.focused = .goals
        #expect(press(s, .end).0.goalSlot == 3)
        #expect(press(s, .end, .char("g")).0.goalSlot == 1)
    }

    @Test func f1OpensTheHelpAndTheFooterAlwaysNamesWHelpAndQuitAt80Columns() throws {
        let s = try state()
        #expect(press(s, .function(1)).0.overlay == .help(scroll: 0))
        for panel in Panel.allCases {
            var p = s
            p.focused = panel
            let footer = Dashboard.render(p, width: 80, height: 24).line(23)
            for hint in ["w weeknote", "? help", "q quit"] { #expect(footer.contains(hint), "\(panel): \(footer)") }
        }
    }
}

extension DashboardReducerTests {
    @Test func theHelpIsAsWideAsItsLongestLineOnAWideScreenAnd76ColumnsAt80() throws {
        let long = "edit the selected item in place (a project: its fields in turn) (focus, goals, board, notes)"
        let s = press(try DashboardFixture.state(width: 140, height: 60), .char("?")).0
        #expect(Dashboard.render(s, width: 140, height: 60).text.contains(long))
        let narrow = press(try state(), .char("?")).0
        let text = Dashboard.render(narrow, width: 80, height: 24).text
        #expect(!text.contains(long))
        // The box as before: 76 columns from column 2.
        let top = try #require(text.split(separator: "\n").first { $0.contains("[Keys]") }.map(Array.init))
        #expect(top[2] == "┌" && top[77] == "┐")
    }
}
