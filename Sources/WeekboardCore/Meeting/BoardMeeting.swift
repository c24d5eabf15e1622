#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A programme board meeting run from the dashboard (`weekboard board meeting`, `M`): the agenda (for
/// each programme its exceptions, then each decision requested, then each red or amber project), where
/// the meeting is, and what it recorded, for the minutes. The agenda is fixed when the meeting opens, so
/// recording a decision never moves the items; every record is an `Action` like any other change.
package struct BoardMeeting: Equatable, Sendable {
    /// A decision recorded in the meeting.
    package struct Decided: Equatable, Sendable {
        package let project: String
        package let number: Int
        package let question: String
        package let outcome: String
        package let by: String?
    }

    /// An action agreed in the meeting.
    package struct Agreed: Equatable, Sendable {
        package let project: String
        package let what: String
        package let owner: String
        package let due: CalendarDay?
    }

    enum Record: Equatable, Sendable {
        case decided(Decided)
        case agreed(Agreed)
    }

    package let day: CalendarDay
    /// The programmes on the agenda, in the order reported.
    package let programmes: [String]
    package let items: [MeetingItem]
    package var index = 0
    package private(set) var decisions: [Decided] = []
    package private(set) var actions: [Agreed] = []
    /// A record whose change is being written: kept once the store confirms it.
    var pending: Record?
    /// The minutes are being written (the meeting has ended); `attempt` numbers a retried file name.
    var ended = false
    var attempt = 1

    /// The agenda for `programmes` (empty: every active one) from the board as it stands on `today`,
    /// over the standard 14-day period. An unknown programme is an error listing the ones there are.
    package static func agenda(board: Board, programmes: [String], today: CalendarDay) throws -> BoardMeeting {
        let report = try HighlightReport.make(
            board: board.active, storeName: "", period: .standard(today: today), programmes: programmes, today: today)
        var items: [MeetingItem] = []
        for p in report.programmes {
            let owners = Dictionary(p.projects.map { ($0.name, $0.owner) }, uniquingKeysWith: { a, _ in a })
            for e in p.exceptions {
                items.append(
                    MeetingItem(
                        kind: .exception(e.kind), programme: p.name, project: e.project,
                        owner: owners[e.project] ?? nil,
                        asked: MeetingItem.asked(e.kind), detail: [e.detail] + (e.note.map { [$0] } ?? [])))
            }
            for d in p.decisionsRequested {
                guard case .decision(let x) = d.entry else { continue }
                var detail: [String] = []
                if let options = x.options { detail.append("Options: \(options)") }
                if let by = x.deadline { detail.append("Needed by \(by.long)") }
                detail.append("Asked on \(d.raised.long)" + (x.by.map { " by \($0)" } ?? ""))
                items.append(
                    MeetingItem(
                        kind: .decision(number: d.number), programme: p.name, project: d.project,
                        owner: x.decider ?? owners[d.project] ?? nil, asked: x.question, detail: detail))
            }
            for row in p.projects where [.red, .amberRed, .amber].contains(row.status) {
                items.append(
                    MeetingItem(
                        kind: .project(row.status), programme: p.name, project: row.name, owner: row.owner,
                        asked: "Note where it stands and agree any corrective action.", detail: Self.facts(row)))
            }
        }
        return BoardMeeting(day: today, programmes: report.programmes.map(\.name), items: items)
    }

    /// A red or amber project's facts: status and note, ratings, key risks and issues, next period.
    static func facts(_ row: HighlightProject) -> [String] {
        var out = [
            "\(row.status.name) (\(row.status.word)), updated \(row.updatedText)" + (row.note.map { ": \($0)" } ?? "")
        ]
        if let r = row.ratings, !r.rated.isEmpty {
            out.append(
                r.rated.map { "\($0.dimension.title) \($0.status.name)" }.joined(separator: ", ")
                    + (row.outsideTolerance.isEmpty ? "" : "; outside tolerance")
                    + (r.tolerance.map { " (tolerance: \($0))" } ?? ""))
        }
        for item in row.risks.prefix(3) + row.issues.prefix(3) {
            let score = item.kind == .risk ? "score \(item.score ?? 0)" : "severity \(item.score ?? 0)"
            out.append(
                "\(item.kind.title) \(item.number) (\(score)): \(item.title)" + (item.owner.map { ", \($0)" } ?? ""))
        }
        if !row.next.isEmpty { out.append("Next period: " + row.next.joined(separator: "; ")) }
        return out
    }

    package var current: MeetingItem? { items.indices.contains(index) ? items[index] : nil }

    /// The decision recorded in this meeting for an item, if any.
    package func decided(_ item: MeetingItem) -> Decided? {
        guard case .decision(let n) = item.kind else { return nil }
        return decisions.last { $0.project == item.project && $0.number == n }
    }

    /// The actions agreed in this meeting on a project.
    package func agreed(on project: String) -> [Agreed] { actions.filter { $0.project == project } }

    /// Notes `action` as waiting to be written (when it is one the minutes record).
    mutating func expect(_ action: Action, question: String?) {
        guard case .raid(let project, let change) = action else { return }
        switch change {
        case .decide(let n, let outcome, let by):
            pending = .decided(
                Decided(project: project, number: n, question: question ?? "decision \(n)", outcome: outcome, by: by))
        case .addAction(let f):
            pending = .agreed(Agreed(project: project, what: f.what, owner: f.owner, due: f.due))
        default: pending = nil
        }
    }

    /// The change waiting was written (true) or refused (false).
    mutating func settle(written: Bool) {
        defer { pending = nil }
        guard written, let pending else { return }
        switch pending {
        case .decided(let d): decisions.append(d)
        case .agreed(let a): actions.append(a)
        }
    }

    /// `board-minutes-2026-11-24.md`, then `-2`, `-3`… when one is there already.
    package var fileName: String { "board-minutes-\(day.iso)" + (attempt > 1 ? "-\(attempt)" : "") + ".md" }
}
