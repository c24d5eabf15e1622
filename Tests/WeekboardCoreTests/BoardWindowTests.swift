import Foundation
import Testing
@testable import WeekboardCore

/// Which updates board.json keeps and which move to board-history/, as pure functions.
@Suite("Board window: what board.json keeps, what is archived, how the two merge")
struct BoardWindowTests {
    /// A day whose window starts on 25 August (the dates below are placed around that start).
    static let today = CalendarDay(year: 2026, month: 9, day: 29)!
    /// today − 35 days.
    static let start = CalendarDay(year: 2026, month: 8, day: 25)!

    static func d(_ iso: String) -> CalendarDay { CalendarDay.parse(iso)! }
    static func history(_ days: [String], note: String? = nil) -> [StatusUpdate] {
        days.enumerated().map { i, day in StatusUpdate(date: d(day), status: i % 2 == 0 ? .amber : .green, note: "\(i)")
        }
    }
    static func project(_ name: String, _ days: [String]) -> Project {
        Project(name: name, programme: "P", history: history(days))
    }

    @Test("the window starts 35 days (five weeks) before today")
    func windowStart() {
        #expect(BoardWindow.start(today: Self.today) == Self.start)
    }

    @Test("keeps every update from the window start on, and the last one before it")
    func boundary() {
        let h = Self.history(["2026-03-01", "2026-06-01", "2026-08-10", "2026-08-24", "2026-08-25", "2026-09-10"])
        let k = BoardWindow.archivedCount(h, windowStart: Self.start)
        #expect(h.prefix(k).map(\.date.iso) == ["2026-03-01", "2026-06-01", "2026-08-10"])
        // 24 August: the status at the window start; 25 August is the window's first day.
        #expect(h.dropFirst(k).map(\.date.iso) == ["2026-08-24", "2026-08-25", "2026-09-10"])
    }

    @Test("a day is never split: every update on the last day before the window stays")
    func sameDay() {
        let h = Self.history(["2026-05-01", "2026-08-20", "2026-08-20", "2026-09-01", "2026-09-10", "2026-10-01"])
        let k = BoardWindow.archivedCount(h, windowStart: Self.start)
        #expect(k == 1)
        #expect(h.dropFirst(k).filter { $0.date == Self.d("2026-08-20") }.count == 2)
    }

    @Test("a project with no recent update keeps its last three (trend and detail pane), whole days")
    func staleProject() {
        let five = Self.history(["2025-01-06", "2025-02-03", "2025-03-03", "2025-04-07", "2025-05-05"])
        #expect(BoardWindow.archivedCount(five, windowStart: Self.start) == 2)
        // One old update, or three: nothing moves.
        #expect(BoardWindow.archivedCount(Self.history(["2019-03-04"]), windowStart: Self.start) == 0)
        #expect(
            BoardWindow.archivedCount(
                Self.history(["2019-03-04", "2020-01-01", "2021-01-01"]), windowStart: Self.start) == 0)
        // The third-last shares its day with the one before it: that day stays whole.
        let shared = Self.history(["2025-01-06", "2025-02-03", "2025-02-03", "2025-04-07", "2025-05-05"])
        #expect(BoardWindow.archivedCount(shared, windowStart: Self.start) == 1)
        // Only one recent update: two before the window stay with it.
        let one = Self.history(["2025-01-06", "2025-02-03", "2025-03-03", "2025-04-07", "2026-11-20"])
        #expect(
            one.dropFirst(BoardWindow.archivedCount(one, windowStart: Self.start)).map(\.date.iso)
                == ["2025-03-03", "2025-04-07", "2026-11-20"])
    }

    @Test("split moves old updates by calendar year and records the window start")
    func split() {
        var board = Board(projects: [
            Self.project(
                "Voids", ["2024-12-30", "2025-01-06", "2026-02-02", "2026-08-24", "2026-09-01", "2026-10-01"]),
            Self.project("New", ["2026-11-20"]),
        ])
        let moved = BoardWindow.split(&board, today: Self.today)
        #expect(moved.keys.sorted() == [2024, 2025, 2026])
        #expect(moved[2024]?["Voids"]?.map(\.date.iso) == ["2024-12-30"])
        #expect(moved[2025]?["Voids"]?.map(\.date.iso) == ["2025-01-06"])
        #expect(moved[2026]?["Voids"]?.map(\.date.iso) == ["2026-02-02"])
        #expect(board.projects[0].history.map(\.date.iso) == ["2026-08-24", "2026-09-01", "2026-10-01"])
        #expect(board.projects[1].history.count == 1)
        #expect(board.recentFrom == Self.start)

        // Nothing more to move: the recorded start stays; a clock set back never lowers it.
        var again = board
        #expect(BoardWindow.split(&again, today: Self.today.adding(days: 3)).isEmpty)
        #expect(again.recentFrom == Self.start)
        var back = Board(
            projects: [Self.project("X", ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-11-01"])],
            recentFrom: Self.start)
        #expect(!BoardWindow.split(&back, today: Self.today.adding(days: -30)).isEmpty)
        #expect(back.recentFrom == Self.start)
    }

    @Test("a board whose updates are all recent is written as before (no recentFrom)")
    func nothingToArchive() throws {
        var board = Board(projects: [Self.project("Voids", ["2026-09-01", "2026-10-01", "2026-11-01", "2026-11-24"])])
        let before = try JSONCoding.encode(board)
        #expect(BoardWindow.split(&board, today: Self.today).isEmpty)
        #expect(try JSONCoding.encode(board) == before)
    }

    @Test("merging drops archived updates board.json still holds (a save cut short), never doubles or loses")
    func merge() {
        let all = Self.history(["2025-01-06", "2025-02-03", "2025-03-03", "2025-04-07", "2025-05-05"])
        // The archive got the first three, board.json was not yet rewritten: it still has all five.
        #expect(BoardWindow.merged(archived: Array(all.prefix(3)), recent: all) == all)
        // After the rewrite: archive then board.json.
        #expect(BoardWindow.merged(archived: Array(all.prefix(3)), recent: Array(all.dropFirst(3))) == all)
        // Re-archiving the same updates into a year file that already has them.
        #expect(
            BoardWindow.merged(archived: Array(all.prefix(3)), recent: Array(all.prefix(3))) == Array(all.prefix(3)))
        #expect(BoardWindow.merged(archived: [], recent: all) == all)
    }
}
