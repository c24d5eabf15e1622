#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Pure changes to the programme board. Projects and programmes are found by `NameMatch`
/// (ignoring case, or by a unique beginning); an unknown or ambiguous name lists the candidates.
package extension Board {
    mutating func add(_ draft: ProjectDraft, today: CalendarDay, by author: String? = nil) throws -> String {
        let name = try TextRules.line(draft.name, what: "project name", max: 120)
        let programme = try programmeSpelling(draft.programme)
        try checkNameFree(name)
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

    /// A new status update. Its note (or none) becomes the note shown: a note never outlives the
    /// status it explained (the old one stays in the history).
    mutating func setStatus(
        name: String, _ status: RAGStatus, note rawNote: String?, today: CalendarDay, by author: String? = nil,
        backdated: Bool = false, done rawDone: [String] = [], next rawNext: [String] = []
    ) throws -> String {
        let i = try find(name)
        let note = try rawNote.map { try TextRules.line($0, what: "note", max: TextRules.maxNote) }
        let done = try rawDone.map { try TextRules.line($0, what: "--done") }
        let next = try rawNext.map { try TextRules.line($0, what: "--next") }
        let before = projects[i].status
        // History is oldest first and its last update is the status: a back-dated update
        // (`--week last`) may not go before the latest one.
        if backdated, let latest = projects[i].history.last?.date, today < latest {
            throw InputError(
                """
                \(Sanitize.text(projects[i].name)) has an update dated \(latest.iso), after \(today.iso): \
                give --week \(latest.iso) or later, or correct that update with --amend
                """)
        }
        projects[i].history.append(
            StatusUpdate(
                date: today, status: status, note: note, by: author, done: done.isEmpty ? nil : done,
                next: next.isEmpty ? nil : next))
        projects[i].note = note
        let move = before == status ? "stays \(status.name)" : "moved from \(before.name) to \(status.name)"
        return "\(projects[i].name) \(move)."
    }

    /// Corrects the latest status update in place (its date kept): a new status, a new note, or both.
    mutating func amendStatus(name: String, _ status: RAGStatus?, note rawNote: String?, by author: String? = nil)
        throws -> String
    {
        let i = try find(name)
        guard status != nil || rawNote != nil else {
            throw InputError("--amend needs a new status or --note (or both)")
        }
        let note = try rawNote.map { try TextRules.line($0, what: "note", max: TextRules.maxNote) }
        var last = projects[i].history.removeLast()
        if let status { last.status = status }
        if let note { last.note = note }
        last.by = author ?? last.by
        projects[i].history.append(last)
        projects[i].note = last.note
        return "\(projects[i].name): the update of \(last.date.iso) now says \(last.status.name)"
            + (last.note.map { ": \($0)" } ?? "") + "."
    }

    /// Takes back the latest status update (never the first, which is the project's creation).
    mutating func withdrawStatus(name: String) throws -> String {
        let i = try find(name)
        let p = projects[i]
        guard p.history.count > 1 else {
            throw InputError(
                "\(Sanitize.text(p.name)) has only the update it was added with; "
                    + "to take the project back, use 'weekboard project remove \(Sanitize.text(p.name)) --yes'")
        }
        let gone = projects[i].history.removeLast()
        projects[i].note = projects[i].history.last?.note
        return
            "Withdrew \(English.possessive(p.name)) update of \(gone.date.iso) (\(gone.status.name)); "
            + "it is \(projects[i].status.name) again."
    }

    mutating func setNote(name: String, _ raw: String) throws -> String {
        let i = try find(name)
        projects[i].note = try TextRules.line(raw, what: "note", max: TextRules.maxNote)
        return "Note on \(projects[i].name) saved."
    }

    /// Owner, milestone, due date, programme and note, each only when given. An empty owner,
    /// milestone or note clears it. The message names what actually changed.
    mutating func edit(name: String, _ e: ProjectEdit) throws -> String {
        let i = try find(name)
        guard e.owner != nil || e.milestone != nil || e.due != nil || e.clearDue || e.programme != nil || e.note != nil
        else {
            throw InputError(
                "nothing to change: give --owner, --milestone, --due, --programme, --note, a dimension "
                    + "(--time, --cost, --scope, --quality, --benefits) or --tolerance")
        }
        func optional(_ raw: String, _ what: String, max: Int) throws -> String? {
            let t = raw.trimmed(.whitespaces)
            return t.isEmpty ? nil : try TextRules.line(t, what: what, max: max)
        }
        let old = projects[i]
        var p = old
        if let owner = e.owner { p.owner = try optional(owner, "owner", max: 120) }
        if let text = e.milestone {
            p.milestone = try optional(text, "milestone", max: TextRules.maxLine).map {
                Milestone(text: $0, due: p.milestone?.due)
            }
        }
        if let due = e.due {
            guard p.milestone != nil else {
                throw InputError("\(Sanitize.text(p.name)) has no milestone for a due date: add --milestone TEXT")
            }
            p.milestone?.due = due
        }
        if e.clearDue { p.milestone?.due = nil }
        if let programme = e.programme { p.programme = try programmeSpelling(programme) }
        if let note = e.note { p.note = try optional(note, "note", max: TextRules.maxNote) }
        var changed: [String] = []
        if p.owner != old.owner { changed.append("owner") }
        if p.milestone?.text != old.milestone?.text { changed.append("milestone") }
        if p.milestone?.due != old.milestone?.due { changed.append("due date") }
        if p.programme != old.programme { changed.append("programme") }
        if p.note != old.note { changed.append("note") }
        guard !changed.isEmpty else { return "\(p.name) unchanged." }
        projects[i] = p
        return "\(p.name): \(changed.joined(separator: ", ")) changed."
    }

    /// Renames a project in board.json (its archived history is renamed by the caller).
    mutating func rename(_ old: String, to raw: String) throws -> (from: String, to: String, message: String) {
        let i = try find(old, archived: nil)
        let name = try TextRules.line(raw, what: "project name", max: 120)
        let from = projects[i].name
        guard name != from else { throw InputError("\(Sanitize.text(from)) is already called that") }
        try checkNameFree(name, except: i)
        projects[i].name = name
        return (from, name, "Renamed \(from) to \(name).")
    }

    mutating func archive(_ name: String, today: CalendarDay) throws -> String {
        let i = try find(name)
        projects[i].archived = today
        return "Archived \(projects[i].name): off the board, kept in its history "
            + "('project list --archived'; 'project restore' brings it back)."
    }

    mutating func restore(_ name: String) throws -> String {
        let i = try find(name, archived: true)
        projects[i].archived = nil
        return "Restored \(projects[i].name) to \(projects[i].programme)."
    }

    /// Takes a project off the board with its history (the caller removes its archived history).
    mutating func remove(_ name: String) throws -> String {
        let i = try find(name, archived: nil)
        let p = projects.remove(at: i)
        return "Removed \(p.name) and its \(p.history.count) status update\(p.history.count == 1 ? "" : "s")."
    }

    /// Renames a programme on every project in it (archived ones too). Into an existing programme
    /// is allowed: the two become one, and the message says so.
    mutating func renameProgramme(_ old: String, to raw: String) throws -> String {
        let from = try NameMatch.find(old, in: allProgrammes, what: "programme", plural: "programmes")
        let name = try TextRules.line(raw, what: "programme", max: 120)
        guard name != from else { throw InputError("\(Sanitize.text(from)) is already called that") }
        let into = allProgrammes.first { $0 != from && $0.lowercased() == name.lowercased() }
        var n = 0
        for i in projects.indices where projects[i].programme == from {
            projects[i].programme = into ?? name
            n += 1
        }
        if let into { return "Merged \(from) into \(into) (\(n) project\(n == 1 ? "" : "s") moved)." }
        return "Renamed the programme \(from) to \(name) (\(n) project\(n == 1 ? "" : "s"))."
    }

    /// Archives every project of a programme still on the board.
    mutating func archiveProgramme(_ raw: String, today: CalendarDay) throws -> String {
        let name = try NameMatch.find(raw, in: programmes, what: "programme", plural: "programmes")
        var n = 0
        for i in projects.indices where projects[i].programme == name && !projects[i].isArchived {
            projects[i].archived = today
            n += 1
        }
        return "Archived the programme \(name) (\(n) project\(n == 1 ? "" : "s"); 'project restore' brings one back)."
    }

    /// The project `raw` names. `archived`: false for projects on the board, true for archived ones,
    /// nil for either.
    func find(_ raw: String, archived: Bool? = false) throws -> Int {
        let pool = projects.filter { archived == nil || $0.isArchived == archived }
        let plural = archived == true ? "archived projects" : "projects"
        do {
            let name = try NameMatch.find(
                raw, in: pool.map(\.name), what: plural.dropLast().description, plural: plural)
            return projects.firstIndex { $0.name == name }!
        } catch let notFound as InputError {
            // Not among those asked for, but on the other side of the archive: say so, not "no project".
            guard let archived,
                let other = try? NameMatch.find(
                    raw, in: projects.filter { $0.isArchived != archived }.map(\.name), what: "", plural: "")
            else { throw notFound }
            let shown = Sanitize.text(other)
            throw InputError(
                archived
                    ? "'\(shown)' is on the board, not archived"
                    : "'\(shown)' is archived: 'weekboard project restore \(shown)' brings it back first")
        }
    }

    /// Every programme, archived projects' included.
    private var allProgrammes: [String] {
        var seen = Set<String>()
        return projects.compactMap { seen.insert($0.programme).inserted ? $0.programme : nil }
    }

    /// A programme as stored: an existing one whatever the case typed; a new name that differs from
    /// an existing one only in case is refused with the existing spelling.
    private func programmeSpelling(_ raw: String) throws -> String {
        let name = try TextRules.line(raw, what: "programme", max: 120)
        if allProgrammes.contains(name) { return name }
        if let same = allProgrammes.first(where: { $0.lowercased() == name.lowercased() }) {
            throw InputError(
                "there is already a programme called '\(Sanitize.text(same))': use that spelling, "
                    + "or 'weekboard programme rename' to change it")
        }
        return name
    }

    private func checkNameFree(_ name: String, except: Int? = nil) throws {
        if let j = projects.indices.first(where: { $0 != except && projects[$0].name.lowercased() == name.lowercased() }
        ) {
            let archived = projects[j].isArchived ? " (archived)" : ""
            throw InputError("a project called '\(Sanitize.text(projects[j].name))'\(archived) already exists")
        }
    }
}
