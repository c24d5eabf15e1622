import Foundation
@testable import WeekboardCore

/// Hand-built boards for highlight report rule tests (today is 2026-11-24, as everywhere).
enum HighlightFixture {
    static let today = WeeknoteFixture.today

    static func day(_ d: Int, month: Int = 11) -> CalendarDay { WeeknoteFixture.day(d, month: month) }

    /// A project in `programme` whose history is `(day of November, status, note)`.
    static func project(
        _ name: String, _ history: [(Int, RAGStatus, String?)], in programme: String = "P",
        owner: String? = nil, note: String? = nil, due: CalendarDay? = nil
    ) -> Project {
        Project(
            name: name, programme: programme, owner: owner, note: note,
            milestone: due.map { Milestone(text: "Milestone of \(name)", due: $0) },
            history: history.map { StatusUpdate(date: day($0.0), status: $0.1, note: $0.2) })
    }

    /// The report on `projects` for the default period (10 to 24 November 2026).
    static func report(
        _ projects: [Project], period: HighlightPeriod? = nil, programmes: [String] = [],
        authorOf: HighlightReport.AuthorLookup = HighlightReport.recordedAuthor
    ) throws -> HighlightReport {
        try HighlightReport.make(
            board: Board(projects: projects), storeName: "Test",
            period: period ?? .standard(today: today), programmes: programmes, today: today,
            authorOf: authorOf)
    }
}
