#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A programme board highlight report: for each programme, its roll-up and trend over the period,
/// counts by status, exceptions, every project, the status changes and what was completed. Built
/// from the board alone; it holds no figure the store does not. Renderers: `HighlightMarkdown`,
/// `HighlightHTML`, `HighlightCSV`.
package struct HighlightReport: Equatable, Sendable {
    /// Who made a status update. By default the author the update records (`StatusUpdate.by`, written
    /// by the journalled change that made it); updates from before weekboard recorded it have none.
    package typealias AuthorLookup = (_ project: String, _ update: StatusUpdate) -> String?
    package static func recordedAuthor(_ project: String, _ update: StatusUpdate) -> String? { update.by }

    /// The store's name (`Technical Services`).
    package let storeName: String
    package let period: HighlightPeriod
    package let produced: CalendarDay
    /// Worst first, then by name.
    package let programmes: [HighlightProgramme]
    /// The period as words in the configured week-label style.
    package let periodText: String

    /// `Technical Services: programme board highlight report`
    package var title: String { "\(storeName): programme board highlight report" }

    /// The report on `board` (which must hold every update from the period's start on; see
    /// `load`). `programmes` names the programmes to report (case-insensitive); empty means every
    /// active one, that is each with an unfinished project or a change in the period. A name that
    /// is not a programme on the board is an error listing the ones that are.
    package static func make(
        board: Board, storeName: String, period: HighlightPeriod, programmes: [String] = [],
        today: CalendarDay, labelStyle: WeekLabelStyle = .dotted,
        authorOf: AuthorLookup = recordedAuthor
    ) throws -> HighlightReport {
        let chosen = try choose(programmes, from: board.programmes, archived: board.projects.filter(\.isArchived))
        let built = board.programmes.compactMap { name -> HighlightProgramme? in
            guard chosen?.contains(name) ?? true else { return nil }
            return HighlightProgramme(
                name: name, projects: board.projects.filter { $0.programme == name && !$0.isArchived },
                period: period, today: today, authorOf: authorOf)
        }
        .filter { chosen != nil || $0.isActive }
        .sorted { ($0.status.severity, $1.name.lowercased()) > ($1.status.severity, $0.name.lowercased()) }
        return HighlightReport(
            storeName: storeName, period: period, produced: today, programmes: built,
            periodText: period.text(labelStyle: labelStyle))
    }

    /// Reads the board (with archived history when the period reaches before board.json's
    /// recent window) and makes the report.
    package static func load(
        store: Store, period: HighlightPeriod, programmes: [String] = [], today: CalendarDay,
        labelStyle: WeekLabelStyle = .dotted,
        authorOf: AuthorLookup = recordedAuthor
    ) throws -> HighlightReport {
        let info = try store.info()
        // The day before the period counts too: it gives each project's status at the start.
        let board = try store.board(for: ISOWeek(containing: period.from.adding(days: -1)))
        return try make(
            board: board, storeName: info.name, period: period, programmes: programmes, today: today,
            labelStyle: labelStyle, authorOf: authorOf)
    }

    /// The board's programme names matching `wanted` (nil: no choice was made): each the name ignoring case,
    /// or the start of one name.
    /// `archived`: the archived projects, so a programme left with only those is named as such.
    static func choose(_ wanted: [String], from names: [String], archived: [Project] = []) throws -> Set<String>? {
        guard !wanted.isEmpty else { return nil }
        var out = Set<String>()
        for w in wanted {
            // The name ignoring case, else the one name it begins, as projects are named everywhere.
            let key = w.lowercased()
            let starts = names.filter { $0.lowercased().hasPrefix(key) }
            if starts.count > 1, !names.contains(where: { $0.lowercased() == key }) {
                throw InputError(
                    "'\(Sanitize.text(w))' could be any of \(starts.count) programmes: "
                        + starts.map { "'\(Sanitize.text($0))'" }.joined(separator: ", ") + "; type more of the name")
            }
            guard let match = names.first(where: { $0.lowercased() == key }) ?? (starts.count == 1 ? starts[0] : nil)
            else {
                let gone = archived.filter { $0.programme.lowercased() == w.lowercased() }
                if let name = gone.first?.programme {
                    throw InputError(
                        """
                        the programme '\(Sanitize.text(name))' has only archived projects (\(gone.count)), so nothing \
                        on the board to report: 'weekboard project restore NAME' brings one back
                        """)
                }
                let known =
                    names.isEmpty
                    ? "the board has no programmes yet"
                    : "programmes: " + names.map { "'\(Sanitize.text($0))'" }.joined(separator: ", ")
                throw InputError("no programme called '\(Sanitize.text(w))' (\(known))")
            }
            out.insert(match)
        }
        return out
    }
}
