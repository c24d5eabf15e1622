import Foundation

/// One change of a project's status, as a weeknote reports it.
struct StatusMove: Equatable, Sendable {
    let project: String
    let date: CalendarDay
    let from: RAGStatus
    let to: RAGStatus
    let note: String?

    /// `Void repairs turnaround moved from Amber to Green: contractor back on site`
    var sentence: String { sentence(Sanitize.text) }

    /// The sentence with stored text passed through `text` (`MarkdownText.escape` for Markdown).
    func sentence(_ text: (String) -> String) -> String {
        let base = "\(text(project)) moved from \(from.name) to \(to.name)"
        guard let note, !note.isEmpty else { return base }
        return "\(base): \(text(note))"
    }
}

/// What happened on the programme board during one week. Only updates dated inside the week
/// (Monday to Sunday) count, so an old week's weeknote is not changed by later updates.
enum BoardChanges {
    /// Every status move dated inside `week`, oldest first then by project name. An update that keeps
    /// the status, or a project's first update (it was added), is not a move.
    static func moves(in week: ISOWeek, projects: [Project]) -> [StatusMove] {
        var out: [StatusMove] = []
        for p in projects {
            for i in p.history.indices.dropFirst() {
                let u = p.history[i]
                let before = p.history[i - 1].status
                guard contains(week, u.date), u.status != before else { continue }
                out.append(StatusMove(project: p.name, date: u.date, from: before, to: u.status, note: u.note))
            }
        }
        return out.sorted { ($0.date, $0.project.lowercased()) < ($1.date, $1.project.lowercased()) }
    }

    /// Projects that ended the week red but were not red before it (moved there, or added red), by name.
    static func newReds(in week: ISOWeek, projects: [Project]) -> [Project] {
        projects.filter { p in
            let inWeek = p.history.filter { contains(week, $0.date) }
            guard let last = inWeek.last, last.status == .red else { return false }
            let before = p.history.last { $0.date < week.monday }
            return before?.status != .red
        }
        .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    static func contains(_ week: ISOWeek, _ day: CalendarDay) -> Bool { day >= week.monday && day <= week.sunday }
}
