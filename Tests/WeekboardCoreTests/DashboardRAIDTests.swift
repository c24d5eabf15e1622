import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The board's RAID keys: R, I, D and N add a risk, issue, decision or action to the selected project, X
/// closes one, V records a decision; the project's detail shows the open items, highest score first.
@Suite("Dashboard: the RAID log on the board")
struct DashboardRAIDTests {
    let temp = TempStore("dash")
    let week = DashboardFixture.week

    func board() throws -> DashboardState {
        var s = try DashboardFixture.state()
        s.focused = .board
        return s
    }

    func type(_ text: String) -> [Key] { Array(text).map(Key.char) + [.enter] }

    @Test("R asks title, likelihood, impact, owner, mitigation and review in turn; a bad score keeps the form")
    func addRisk() throws {
        let s0 = try board()
        let name = try #require(s0.project?.name)
        var (s, effects) = DashboardFixture.press(s0, [.char("R")])
        #expect(s.editing?.target.prompt == "New risk on \(name) 1/6: title")
        (s, effects) = DashboardFixture.press(s, type("Parts late") + type("7"))
        #expect(s.message?.text == "likelihood must be 1 to 5, not 7: Esc cancels")
        #expect(s.editing?.target.prompt == "New risk on \(name) 2/6: likelihood 1-5")
        (s, effects) = DashboardFixture.press(s, [.ctrl("u")] + type("4") + type("3") + type("Kim") + [.enter])
        (s, effects) = DashboardFixture.press(s, type("2026-12-01"))
        let fields = RiskFields(
            title: "Parts late", likelihood: 4, impact: 3, owner: "Kim", review: DashboardFixture.day(12, 1))
        #expect(effects.map(\.forgettingEdit) == [.perform(.raid(project: name, .addRisk(fields)), week: week)])
        #expect(s.editing == nil)
    }

    @Test("X with nothing open, V with no decision waiting: a message, no form; read-only refuses the keys")
    func nothingToDo() throws {
        let s0 = try board()
        let name = try #require(s0.project?.name)
        var (s, effects) = DashboardFixture.press(s0, [.char("X")])
        #expect(s.editing == nil && effects.isEmpty)
        #expect(s.message?.text == "\(name) has no open risks, issues or actions to close.")
        (s, effects) = DashboardFixture.press(s0, [.char("V")])
        #expect(s.message?.text == "\(name) has no decision waiting: press D to ask for one.")
        var ro = try DashboardFixture.state(readOnly: true)
        ro.focused = .board
        (s, effects) = DashboardFixture.press(ro, [.char("R")])
        #expect(s.editing == nil && s.message == .readOnly)
    }

    @Test("on a store: each kind added, shown in the detail highest first, closed or decided, and undone")
    func eachKindOnTheStore() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.tab)  // board
        let name = try #require(c.state.project?.name)
        func keys(_ k: Key, _ values: [String]) {
            _ = c.handle(k)
            for v in values {
                for ch in v { _ = c.handle(.char(ch)) }
                _ = c.handle(.enter)
            }
        }
        func detail() -> String { c.render(width: 160, height: 48).text }
        keys(.char("R"), ["Parts late", "2", "3", "Kim", "", ""])
        keys(.char("I"), ["Lift out", "5", "Pat", "Engineer booked", ""])
        keys(.char("D"), ["Extend the contract?", "A or B", "Programme board", ""])
        keys(.char("N"), ["Write to residents", "Sam", ""])
        #expect(c.state.message?.text == "Action 1 on \(name): Write to residents (Sam).")
        var text = detail()
        #expect(text.contains("i1 issue sev 5: Lift out · Pat"), "\(text)")
        #expect(text.contains("r1 risk 6: Parts late · Kim"))
        #expect(text.contains("d1 decide: Extend the contract? · Programme board"))
        #expect(text.contains("a1 action: Write to residents · Sam"))
        // Highest first: the issue (severity 5 weighs as 25) above the risk (6).
        let issue = try #require(text.range(of: "i1 issue")), risk = try #require(text.range(of: "r1 risk"))
        #expect(issue.lowerBound < risk.lowerBound)

        keys(.char("X"), ["r1"])
        #expect(c.state.message?.text == "Risk 1 on \(name) closed: Parts late.")
        keys(.char("X"), ["a1"])
        keys(.char("V"), ["Option A", ""])
        #expect(c.state.message?.text == "Decision 1 on \(name) recorded: Option A.")
        text = detail()
        #expect(!text.contains("r1 risk") && !text.contains("a1 action") && !text.contains("d1 decide"))
        let saved = try store.read(StoreFiles.board).projects.first { $0.name == name }
        #expect(saved?.decisions.first?.current.decidedBy == DashboardFixture.person)
        #expect(saved?.risks.first?.current.closed == true && saved?.actions.first?.current.done == true)

        for _ in 0..<3 { _ = c.handle(.char("u")) }
        text = detail()
        #expect(text.contains("r1 risk 6: Parts late") && text.contains("a1 action") && text.contains("d1 decide"))
        _ = c.handle(.char("X"))
        for ch in "x9" { _ = c.handle(.char(ch)) }
        _ = c.handle(.enter)
        #expect(c.state.message?.text.contains("'x9' is not open on \(name): give one of i1, r1, a1") == true)
    }

    @Test("last week's board ([) shows a risk as it stood then: its score then, open, and no later item")
    func pastWeek() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let first = DashboardFixture.runtime(store)
        _ = first.handle(.tab)
        let name = try #require(first.state.project?.name)  // the project the board selects first
        try store.transaction { tx in
            var board = try tx.read(StoreFiles.board)
            let i = try #require(board.projects.firstIndex { $0.name == name })
            var risk = Versioned(
                Risk(date: DashboardFixture.day(11, 17), title: "Parts late", likelihood: 4, impact: 4, owner: "Kim"))
            var later = risk.current
            (later.date, later.likelihood, later.closed) = (DashboardFixture.day(11, 24), 1, true)
            risk.history.append(later)
            board.projects[i].risks = [risk]
            board.projects[i].actions = [
                Versioned(ActionItem(date: DashboardFixture.day(11, 24), what: "Chase parts", owner: "Sam"))
            ]
            try tx.write(StoreFiles.board, board)
        }
        let c = DashboardFixture.runtime(store)
        _ = c.handle(.tab)
        #expect(c.state.project?.name == name)
        var text = c.render(width: 160, height: 48).text
        #expect(!text.contains("Parts late") && text.contains("a1 action: Chase parts"), "\(text)")
        _ = c.handle(.char("["))
        text = c.render(width: 160, height: 48).text
        #expect(text.contains("r1 risk 16: Parts late · Kim") && !text.contains("Chase parts"), "\(text)")
    }
}
