import Foundation
import Testing
@testable import WeekboardCore

/// The board meeting's agenda, what it keeps for the minutes (only changes the store confirmed), the
/// minutes' Markdown, and a minutes file name already taken.
@Suite("Board meeting: agenda, records and minutes")
struct BoardMeetingTests {
    typealias F = HighlightFixture

    static func board() -> Board {
        var damp = F.project("Damp", [(1, .amber, nil), (20, .red, "Backlog")], owner: "Tom")
        damp.decisions.append(
            Versioned(
                Decision(
                    date: F.day(3), question: "Fund surveyors?", options: "A; B", decider: "Board",
                    deadline: F.day(30))))
        var r = DimensionRatings(date: F.day(2))
        r.cost = .red
        damp.ratings = Versioned(r)
        let lifts = F.project("Lifts", [(1, .green, nil), (22, .amber, "Parts")], owner: "Kim")
        let gas = F.project("Gas", [(1, .green, nil), (22, .green, nil)], owner: "Lee")
        return Board(projects: [gas, lifts, damp])
    }

    @Test("exceptions first, then decisions requested, then red and amber projects, each with its owner")
    func agenda() throws {
        let m = try BoardMeeting.agenda(board: Self.board(), programmes: [], today: F.today)
        #expect(
            m.items.map { "\($0.title): \($0.project) (\($0.owner ?? "-"))" } == [
                "Exception: New red: Damp (Tom)", "Exception: Outside tolerance: Damp (Tom)",
                "Decision requested (decision 1): Damp (Board)", "Red project: Damp (Tom)",
                "Amber project: Lifts (Kim)",
            ])
        #expect(m.items[2].asked == "Fund surveyors?" && m.items[2].detail.first == "Options: A; B")
        #expect(throws: InputError.self) {
            try BoardMeeting.agenda(board: Self.board(), programmes: ["X"], today: F.today)
        }
    }

    @Test("only changes the store wrote reach the minutes; stored text is escaped there")
    func minutes() throws {
        var m = try BoardMeeting.agenda(board: Self.board(), programmes: [], today: F.today)
        m.expect(
            .raid(project: "Damp", .decide(number: 1, outcome: "<b>A</b>", by: "Board")), question: "Fund surveyors?")
        m.settle(written: false)
        #expect(m.decisions.isEmpty)
        m.expect(
            .raid(project: "Damp", .decide(number: 1, outcome: "<b>A</b>", by: "Board")), question: "Fund surveyors?")
        m.settle(written: true)
        m.expect(.raid(project: "Lifts", .addAction(ActionFields(what: "Chase *parts*", owner: "Kim"))), question: nil)
        m.settle(written: true)
        let md = MeetingMinutes.render(m, storeName: "Test")
        #expect(
            md.contains(
                "- **Damp**, decision 1: Fund surveyors? Decided: \\<b\\>A\\</b\\> (by Board, 24 November 2026)."))
        #expect(md.contains("- **Lifts**: Chase \\*parts\\* Owner: Kim, no date."))
        #expect(md.hasPrefix("# Test: programme board minutes, 24 November 2026\n"))
    }

    @Test("a minutes file already there: the next name is tried; another failure says so and ends the meeting")
    func minutesFileTaken() throws {
        var s = try DashboardFixture.state()
        s.meeting = try BoardMeeting.agenda(board: Self.board(), programmes: [], today: F.today)
        s.overlay = .meeting
        var (next, effects) = Dashboard.reduce(s, .key(.escape))
        #expect(next.overlay == nil && effects.count == 1)
        guard case .saveReport(let path, _)? = effects.first else { Issue.record("\(effects)"); return }
        #expect(path == "board-minutes-2026-11-24.md")
        (next, effects) = Dashboard.reduce(
            next, .reportSaved(path: path, .failure(EffectFailure("there", kind: .exists))))
        guard case .saveReport(let second, _)? = effects.first else { Issue.record("\(effects)"); return }
        #expect(second == "board-minutes-2026-11-24-2.md")
        (next, effects) = Dashboard.reduce(next, .reportSaved(path: second, .failure(EffectFailure("disk full"))))
        #expect(next.overlay == nil && next.meeting == nil)
        #expect(
            next.message?.text.hasPrefix("Minutes not written: disk full; the decisions and actions are saved") == true)
        s.meeting?.index = 0
        (next, effects) = Dashboard.reduce(s, .key(.escape))
        (next, effects) = Dashboard.reduce(next, .reportSaved(path: path, .success("/tmp/x.md")))
        #expect(next.meeting == nil && next.message?.text.hasSuffix("minutes written to /tmp/x.md") == true)
    }
}
