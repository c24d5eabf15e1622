import Foundation

/// Pure changes to the programme board.
public extension Board {
    mutating func add(_ draft: ProjectDraft, today: CalendarDay, by author: String? = nil) throws -> String {
        let name = try TextRules.line(draft.name, what: "project name", max: 120)
        let programme = try TextRules.line(draft.programme, what: "programme", max: 120)
        guard index(of: name) == nil else {
            throw InputError("a project called '\(Sanitize.text(name))' already exists")
        }
        let owner = try draft.owner.map { try TextRules.line($0, what: "owner", max: 120) }
        let note = try draft.note.map { try TextRules.line($0, what: "note", max: TextRules.maxNote) }
        var milestone = draft.milestone
        if let m = milestone { milestone = Milestone(text: try TextRules.line(m.text, what: "milestone"), due: m.due) }
        projects.append(
            Project(
                name: name, programme: programme, owner: owner, note: note, milestone: milestone,
                history: [StatusUpdate(date: today, status: draft.status, note: note, by: author)]))
        return "Added \(name) (\(draft.status.name)) to \(programme)."
    }

    mutating func setStatus(
        name: String, _ status: RAGStatus, note rawNote: String?, today: CalendarDay, by author: String? = nil
    ) throws -> String {
        guard let i = index(of: name) else { throw notFound(name) }
        let note = try rawNote.map { try TextRules.line($0, what: "note", max: TextRules.maxNote) }
        let before = projects[i].status
        projects[i].history.append(StatusUpdate(date: today, status: status, note: note, by: author))
        if let note { projects[i].note = note }
        let move = before == status ? "stays \(status.name)" : "moved from \(before.name) to \(status.name)"
        return "\(projects[i].name) \(move)."
    }

    mutating func setNote(name: String, _ raw: String) throws -> String {
        guard let i = index(of: name) else { throw notFound(name) }
        projects[i].note = try TextRules.line(raw, what: "note", max: TextRules.maxNote)
        return "Note on \(projects[i].name) saved."
    }

    private func notFound(_ name: String) -> InputError {
        let names = projects.map(\.name).prefix(5).joined(separator: ", ")
        return InputError(
            "no project called '\(Sanitize.text(name))'" + (names.isEmpty ? "" : " (projects include: \(names))"))
    }
}
