import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardDemo

/// board.json and board-history/<YYYY>.json on disk: every board write archives first, readers
/// of the current week see the same as before, older weeks and full listings see everything.
@Suite("Board archive: writing, reading, crash leftovers, damaged files")
struct BoardArchiveStoreTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 24)!
    static let now = Date(timeIntervalSince1970: 1_795_514_400)
    static let week = ISOWeek(containing: today)

    /// A generated ten-year board (60 projects, 10–40 updates each) plus a stale project whose
    /// last updates are old, written whole as an earlier weekboard did (no archive).
    static func fullBoard() -> Board {
        var rng = DemoRandom(seed: 7)
        var board = GeneratedBoard.board(size: .decade, today: today, rng: &rng)
        let d = { (s: String) in CalendarDay.parse(s)! }
        board.projects.append(
            Project(
                name: "Stale review", programme: "Neighbourhoods",
                history: [
                    StatusUpdate(date: d("2024-03-04"), status: .green),
                    StatusUpdate(date: d("2024-06-03"), status: .amber),
                    StatusUpdate(date: d("2025-02-03"), status: .red, note: "stalled"),
                    StatusUpdate(date: d("2025-02-03"), status: .amber),
                ]))
        return board
    }

    /// A store holding `board` as board.json, written without archiving (an old-format store).
    static func store(_ board: Board = fullBoard()) throws -> Store {
        let store = Store(
            root: FileManager.default.temporaryDirectory.appendingPathComponent("wb-archive-\(UUID().uuidString)"))
        try store.create(name: "Test", now: now)
        try store.transaction { tx in
            try tx.write(StoreFiles.board, board)
            var mine = PersonWeek(person: "alex", week: week)
            _ = try mine.setFocus("Winter readiness")
            try tx.write(StoreFiles.personWeek("alex", week), mine)
        }
        return store
    }

    static func ctx(_ today: CalendarDay = today) -> ActionContext {
        ActionContext(person: "alex", week: ISOWeek(containing: today), now: now, today: today)
    }

    static func size(_ store: Store, _ path: String) throws -> Int { try Data(contentsOf: store.url(path)).count }

    /// What a user sees of `week`: status text, status JSON, the weeknote, and the last three
    /// updates of each project (the dashboard's detail pane).
    static func seen(_ store: Store, _ week: ISOWeek) throws -> [String] {
        let s = try WeekSnapshot.load(store: store, person: "alex", week: week, today: today)
        let pane = s.programmes.flatMap(\.projects).map { p in
            "\(p.name) \(p.trend.word) "
                + p.history.suffix(3).map { "\($0.date.iso) \($0.status.word)" }.joined(separator: ", ")
        }
        return StatusText(s, width: 120).lines.map(\.plain) + [
            String(decoding: try JSONCoding.encode(StatusReport(s, labelStyle: .dotted)), as: UTF8.self),
            Weeknote.markdown(s),
        ] + pane
    }

    @Test("the next board write moves old updates to board-history/ and loses nothing")
    func archivesOnWrite() throws {
        let original = Self.fullBoard()
        let store = try Self.store(original)
        defer { try? FileManager.default.removeItem(at: store.root) }
        let bytesBefore = try Self.size(store, StoreFiles.board.path)
        #expect(store.boardHistoryYears().isEmpty)

        try store.perform(.board(.setProjectNote(name: "Stale review", note: "Paused until April")), Self.ctx())

        let board = try store.read(StoreFiles.board)
        #expect(board.recentFrom == BoardWindow.start(today: Self.today))
        #expect(try Self.size(store, StoreFiles.board.path) < bytesBefore / 2)
        #expect(store.boardHistoryYears() == [2024, 2025, 2026])
        let stale = try #require(board.projects.last)
        #expect(stale.history.map(\.date.iso) == ["2024-06-03", "2025-02-03", "2025-02-03"])
        #expect(try store.boardHistory(2024).projects["Stale review"]?.map(\.date.iso) == ["2024-03-04"])
        // Archive files are store files: pretty, sorted, 0600, re-encoding gives the same bytes.
        let url = store.url(StoreFiles.boardHistory(2025).path)
        #expect(try JSONCoding.encode(store.boardHistory(2025)) == Data(contentsOf: url))
        #expect((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) == 0o600)

        var expected = original
        expected.projects[expected.projects.count - 1].note = "Paused until April"
        #expect(try store.fullBoard() == expected)
    }

    @Test("status, trend, weeknote and detail pane of the current week are the same before and after archiving")
    func currentWeekUnchanged() throws {
        let whole = try Self.store()
        let split = try Self.store()
        defer { for s in [whole, split] { try? FileManager.default.removeItem(at: s.root) } }
        try split.transaction { tx in try tx.writeBoard(try tx.read(StoreFiles.board), today: Self.today) }
        #expect(!split.boardHistoryYears().isEmpty)
        // This week, last week, the first week inside the window (board.json alone) and the one before it.
        let start = BoardWindow.start(today: Self.today)
        for w in [
            Self.week, Self.week.previous, ISOWeek(containing: start.adding(days: 6)), ISOWeek(containing: start),
        ] {
            #expect(try Self.seen(split, w) == Self.seen(whole, w), "week \(w.id)")
        }
    }

    @Test("a week a year ago still shows that week's board changes")
    func oldWeek() throws {
        let whole = try Self.store()
        let split = try Self.store()
        defer { for s in [whole, split] { try? FileManager.default.removeItem(at: s.root) } }
        try split.transaction { tx in try tx.writeBoard(try tx.read(StoreFiles.board), today: Self.today) }
        // Weeks around a year ago; at least one of them has moves on the generated board.
        var moves = 0
        for back in 50...56 {
            let w = Self.week.adding(weeks: -back)
            #expect(w.monday < (try split.read(StoreFiles.board).recentFrom)!)
            #expect(try Self.seen(split, w) == Self.seen(whole, w), "week \(w.id)")
            let s = try WeekSnapshot.load(store: split, person: "alex", week: w, today: Self.today)
            moves += BoardChanges.moves(in: w, projects: s.programmes.flatMap(\.projects)).count
        }
        #expect(moves > 0)
    }

    @Test("a save cut short after the archive, before board.json: every update shown once, then re-archived once")
    func crashBetweenFiles() throws {
        let original = Self.fullBoard()
        let store = try Self.store(original)
        defer { try? FileManager.default.removeItem(at: store.root) }
        let boardURL = store.url(StoreFiles.board.path)
        let oldBoard = try Data(contentsOf: boardURL)
        try store.perform(
            .board(.setProjectStatus(name: "Stale review", status: .green, note: "restarted")), Self.ctx())
        // Simulate the crash: the archive files were written, board.json never was.
        try oldBoard.write(to: boardURL)
        #expect(try store.fullBoard() == original)
        let archived = try store.boardHistory(2024).projects["Stale review"]
        #expect(archived?.count == 2)

        // The next write archives the same updates again: the year files do not double them.
        try store.perform(
            .board(.setProjectStatus(name: "Stale review", status: .green, note: "restarted")), Self.ctx())
        #expect(try store.boardHistory(2024).projects["Stale review"] == archived)
        let full = try store.fullBoard()
        let stale = try #require(full.projects.last?.history)
        #expect(stale.count == original.projects.last!.history.count + 1)
        #expect(stale.map(\.date) == stale.map(\.date).sorted())
        for (a, b) in zip(full.projects, original.projects) {
            #expect(a.history.count == b.history.count + (a.name == "Stale review" ? 1 : 0))
        }
    }

    @Test(
        "a damaged board-history file is an error naming it, and nothing is written",
        arguments: [
            "", "{\"schemaVersion\": 1, \"year\": 2025, \"projects\": [] }",
            "{\"schemaVersion\": 1, \"year\": 2019, \"projects\": {} }",
            """
            {\"schemaVersion\": 1, \"year\": 2025, \"projects\": {\"Voids\": [{\"date\": \"2024-12-30\", \
            \"status\": \"red\"}]} }
            """,
            "{\"schemaVersion\": 9, \"year\": 2025, \"projects\": {} }",
        ])
    func damagedArchive(_ text: String) throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(at: store.root) }
        // Archived a year ago; a write today moves the updates since then, 2025's among them.
        try store.transaction { tx in
            try tx.writeBoard(try tx.read(StoreFiles.board), today: Self.today.adding(days: -365))
        }
        let url = store.url(StoreFiles.boardHistory(2025).path)
        try Data(text.utf8).write(to: url)
        let files = try FileManager.default.subpathsOfDirectory(atPath: store.root.path).sorted()
        let before = files.map { try? Data(contentsOf: store.root.appendingPathComponent($0)) }

        func expectNamed(_ what: String, _ body: () throws -> Void) {
            do {
                try body()
                Issue.record("\(what) succeeded with a damaged \(url.lastPathComponent)")
            } catch {
                #expect("\(error)".contains(url.path), "\(what): \(error)")
            }
        }
        expectNamed("full board") { _ = try store.fullBoard() }
        expectNamed("a week before the window") {
            _ = try WeekSnapshot.load(
                store: store, person: "alex", week: Self.week.adding(weeks: -70), today: Self.today)
        }
        expectNamed("a board write") {
            try store.perform(.board(.setProjectNote(name: "Stale review", note: "x")), Self.ctx())
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: store.root.path).sorted() == files)
        #expect(files.map { try? Data(contentsOf: store.root.appendingPathComponent($0)) } == before)
        // The current week needs only board.json, so it still opens.
        #expect(
            try WeekSnapshot.load(store: store, person: "alex", week: Self.week, today: Self.today).programmes.count > 0
        )
    }
}
