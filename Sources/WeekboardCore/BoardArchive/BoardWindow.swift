#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which status updates board.json keeps and which move to `board-history/<YYYY>.json`, and how
/// the two are put back together. Pure functions; `Transaction.writeBoard` and `Store.fullBoard`
/// do the file work.
///
/// board.json keeps, per project: every update dated on or after the window start, all updates on
/// the day of the last update before it (so the status at the window start and "before this week"
/// stay known), and at least the last `minimumKept` updates (the trend and the dashboard's detail
/// pane read the last two and three). A day is never split between the two files.
package enum BoardWindow {
    /// How far back board.json reaches: five weeks, so this week and the four before it (last
    /// week's review, a month back) open from board.json alone, and board.json stays a few dozen
    /// KB however busy the board (a quarter's window was 62 KB on the generated ten-year store).
    package static let recentDays = 35
    /// The dashboard's detail pane shows the last three updates; the trend compares the last two.
    package static let minimumKept = 3

    /// The first day board.json must hold everything from when writing on `today`.
    package static func start(today: CalendarDay) -> CalendarDay { today.adding(days: -recentDays) }

    /// How many updates at the front of `history` (oldest first) move to the archive.
    package static func archivedCount(_ history: [StatusUpdate], windowStart: CalendarDay) -> Int {
        // Updates before the window, as a prefix, so the order stored is never changed.
        let before = history.prefix { $0.date < windowStart }.count
        var k = min(before - 1, history.count - minimumKept)
        guard k > 0 else { return 0 }
        // Keep the whole day of the first kept update.
        while k > 0 && history[k - 1].date == history[k].date { k -= 1 }
        return k
    }

    /// Moves old updates out of `board` (and notes the window start it now reflects).
    /// Returns the moved updates by calendar year, then by project name, oldest first.
    package static func split(_ board: inout Board, today: CalendarDay) -> [Int: [String: [StatusUpdate]]] {
        let start = start(today: today)
        var moved: [Int: [String: [StatusUpdate]]] = [:]
        for i in board.projects.indices {
            let k = archivedCount(board.projects[i].history, windowStart: start)
            guard k > 0 else { continue }
            for u in board.projects[i].history.prefix(k) {
                moved[u.date.year, default: [:]][board.projects[i].name, default: []].append(u)
            }
            board.projects[i].history.removeFirst(k)
        }
        // board.json holds everything from the later of the old and new window starts (a clock set
        // back must not claim days an earlier split already moved out).
        if !moved.isEmpty { board.recentFrom = max(board.recentFrom ?? start, start) }
        return moved
    }

    /// A project's archived updates followed by its recent ones. Archived updates dated on or after
    /// the first recent one are left over from a save interrupted between the two files: board.json
    /// still holds them, so they are dropped here, never shown twice.
    package static func merged(archived: [StatusUpdate], recent: [StatusUpdate]) -> [StatusUpdate] {
        guard let first = recent.first else { return archived }
        return archived.filter { $0.date < first.date } + recent
    }
}
