#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension StoreFiles {
    /// The folder of archived status updates, one file per calendar year.
    static let boardHistoryFolder = StoreLayout.boardHistoryFolder

    static func boardHistory(_ year: Int) -> StoreFile<BoardHistoryYear> {
        StoreFile(.boardHistory, StoreLayout.boardHistory(year), .init(year: year))
    }
}

package extension Store {
    /// Years with a `board-history/<YYYY>.json` on disk, sorted.
    func boardHistoryYears() -> [Int] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: url(StoreFiles.boardHistoryFolder).path)) ?? []
        return names.compactMap { $0.hasSuffix(".json") ? Int($0.dropLast(5)) : nil }.sorted()
    }

    /// One year of archived updates, checked to be the year its name says.
    func boardHistory(_ year: Int) throws -> BoardHistoryYear {
        try BoardHistoryYear.checked(
            read(StoreFiles.boardHistory(year)), year: year, path: url(StoreFiles.boardHistory(year).path).path)
    }

    /// The board with every project's whole history: board.json's recent updates after the
    /// archived ones (a save cut short between the files shows nothing twice). `board` is
    /// board.json when the caller has already read it.
    func fullBoard(_ board: Board? = nil) throws -> Board {
        var full = try board ?? read(StoreFiles.board)
        let years = try boardHistoryYears().map { try boardHistory($0) }
        full.recentFrom = nil
        guard !years.isEmpty else { return full }
        for i in full.projects.indices {
            let name = full.projects[i].name
            let archived = years.flatMap { $0.projects[name] ?? [] }
            full.projects[i].history = BoardWindow.merged(archived: archived, recent: full.projects[i].history)
        }
        return full
    }

    /// The board as `week` needs it: board.json alone when its recent window covers the week
    /// (the current week always is), else with the archived history.
    func board(for week: ISOWeek) throws -> Board {
        let board = try read(StoreFiles.board)
        guard let from = board.recentFrom, week.monday < from else { return board }
        return try fullBoard(board)
    }
}

package extension Transaction {
    /// Stages `board` for writing, after first staging the archive files its old updates move to,
    /// so a crash between the two leaves an update in both (readers show it once), never in neither.
    mutating func writeBoard(_ board: Board, today: CalendarDay) throws {
        var board = board
        let moved = BoardWindow.split(&board, today: today)
        for (year, byName) in moved.sorted(by: { $0.key < $1.key }) {
            let file = StoreFiles.boardHistory(year)
            var archive = try BoardHistoryYear.checked(read(file), year: year, path: store.url(file.path).path)
            for (name, updates) in byName {
                // Merging by the same rule as reading: updates a crashed save already moved are not doubled.
                archive.projects[name] = BoardWindow.merged(archived: archive.projects[name] ?? [], recent: updates)
            }
            try write(file, archive)
        }
        try write(StoreFiles.board, board)
    }
}

package extension Store {
    /// The board as at the end of `day` in `week`, with the archived history when board.json's
    /// window leaves a project fewer updates by then than the trend and detail pane read.
    func board(asAt day: CalendarDay, week: ISOWeek) throws -> Board {
        let board = try self.board(for: week)
        let cut = board.asAt(day)
        guard board.recentFrom != nil, cut.projects.contains(where: { $0.history.count < BoardWindow.minimumKept })
        else { return cut }
        return try fullBoard(board).asAt(day)
    }
}

package extension Transaction {
    /// Moves a project's archived updates to a new name in every year file (nil: removes them).
    mutating func renameBoardHistory(_ old: String, to new: String?) throws {
        for year in store.boardHistoryYears() {
            let file = StoreFiles.boardHistory(year)
            var archive = try BoardHistoryYear.checked(read(file), year: year, path: store.url(file.path).path)
            guard let updates = archive.projects.removeValue(forKey: old) else { continue }
            if let new { archive.projects[new] = updates }
            try write(file, archive)
        }
    }
}

extension BoardHistoryYear {
    /// `archive` when its `year` matches its file name; else an error naming the file.
    static func checked(_ archive: BoardHistoryYear, year: Int, path: String) throws -> BoardHistoryYear {
        guard archive.year == year else {
            throw StoreError.malformed(
                file: path, location: "field year", reason: "is \(archive.year) in the file for \(year)")
        }
        return archive
    }
}
