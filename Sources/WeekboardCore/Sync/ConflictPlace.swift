/// Where a conflict is, in the words a team leader uses rather than the file's: `Libraries
/// self-service: owner`, `alex's week 2026-W50: goal 2`, `contact figures 2026-W50: Council tax,
/// phone`. One place for `sync status`, `sync resolve`, `log` and the dashboard's `P`; a file of a kind
/// it does not know is named by its path and field (`access.json: keys › #2`). Sanitised: the names
/// came from another machine.
package enum ConflictPlace {
    package static func words(file: String, path: [PathStep]) -> String {
        let parts = file.split(separator: "/").map(String.init)
        let said: String?
        switch SyncIdentity.FileKind(path: file) {
        case .board: said = board(path)
        case .okrs: said = okrs(path)
        case .personWeek: said = personWeek(person: parts[1], week: stem(parts[2]), path)
        case .contacts: said = contacts(week: stem(parts[1]), path)
        case .boardHistory:
            said = "board history \(stem(parts[1]))" + (path.count > 1 ? ": \(step(path[1]))" : "")
        case .conflicts, .other:
            said = parts.count == 3 && parts[0] == StoreLayout.peopleFolder ? "\(parts[1])'s name" : nil
        }
        return Sanitize.text(said ?? plain(file: file, path: path))
    }

    /// `board.json: projects › Voids › owner`: the file and its field path, for a place with no words.
    static func plain(file: String, path: [PathStep]) -> String {
        path.isEmpty ? "\(file) (the whole file)" : "\(file): \(path.map(step).joined(separator: " › "))"
    }

    static func step(_ s: PathStep) -> String {
        switch s {
        case .key(let k): return k
        case .index(let i): return "#\(i + 1)"
        case .named(let n): return n
        }
    }

    /// `2026-W50` of `2026-W50.json`.
    static func stem(_ name: String) -> String {
        name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// The keys in `path` (field names), without list places.
    static func keys(_ path: ArraySlice<PathStep>) -> [String] {
        path.compactMap { if case .key(let k) = $0 { k } else { nil } }
    }

    /// The first list place in `path`, counted from 1.
    static func number(_ path: ArraySlice<PathStep>) -> Int? {
        path.lazy.compactMap { if case .index(let i) = $0 { i + 1 } else { nil } }.first
    }

    /// A project by name (`Voids`), or by its place when the merge knew no name (`project 3`).
    static func named(_ s: PathStep, _ what: String) -> String {
        switch s {
        case .named(let n), .key(let n): return n
        case .index(let i): return "\(what) \(i + 1)"
        }
    }

    // MARK: - Each kind of file

    /// `Voids: owner`, `Voids: status update 4`, `Voids: risk 2: owner`, `Voids (the whole project)`.
    static func board(_ path: [PathStep]) -> String? {
        guard path.first == .key("projects"), path.count >= 2 else { return nil }
        let project = named(path[1], "project")
        let rest = path.dropFirst(2)
        guard case .key(let field)? = rest.first else { return "\(project) (the whole project)" }
        let inner = rest.dropFirst()
        switch field {
        case "milestone":
            return "\(project): milestone" + (keys(inner).first == "due" ? " date" : "")
        case "archived":
            return "\(project): archived"
        case "history":
            return number(inner).map { "\(project): status update \($0)" } ?? "\(project): status updates"
        case "ratings":
            // A version's field is the dimension rated (`time`, `cost`…) or the tolerance.
            let dimension = keys(inner).last { $0 != "history" }
            return "\(project): ratings" + (dimension.map { " (\($0))" } ?? "")
        default:
            if let kind = RAIDKind(rawValue: String(field.dropLast())), field == kind.plural {
                guard let n = number(inner) else { return "\(project): \(kind.plural)" }
                // The item's field, wherever its versions put it (`risks › #2 › history › #4 › owner`).
                let detail = keys(inner).last { $0 != "history" }
                return "\(project): \(kind.word) \(n)" + (detail.map { ": \($0)" } ?? "")
            }
            return "\(project): \(([field] + keys(inner)).joined(separator: " "))"
        }
    }

    /// `alex's week 2026-W50: goal 2`, `…: focus`, `…: notes, Ones to watch`.
    static func personWeek(person: String, week: String, _ path: [PathStep]) -> String {
        let whose = "\(person)'s week \(week)"
        guard case .key(let field)? = path.first else { return "\(whose) (the whole week)" }
        let inner = path.dropFirst()
        switch field {
        case "goals":
            guard let n = number(inner) else { return "\(whose): goals" }
            let detail = keys(inner).first.flatMap { $0 == "text" ? nil : $0 }
            return "\(whose): goal \(n)" + (detail.map { " (\($0))" } ?? "")
        case "notes":
            guard let section = keys(inner).first else { return "\(whose): notes" }
            return "\(whose): notes, \(NoteSection(rawValue: section)?.title ?? section)"
        default:
            return "\(whose): \(([field] + keys(inner)).joined(separator: " "))"
        }
    }

    /// `contact figures 2026-W50: Council tax, phone`, `…: Council tax: answered`.
    static func contacts(week: String, _ path: [PathStep]) -> String {
        let figures = "contact figures \(week)"
        guard path.first == .key("services"), path.count >= 2 else { return figures }
        let service = named(path[1], "service")
        let inner = keys(path.dropFirst(2))
        guard let measure = inner.first else { return "\(figures): \(service)" }
        let counts = ["channels": "", "imported": " (imported)", "recorded": " (recorded)"]
        if let kind = counts[measure], inner.count >= 2 {
            return "\(figures): \(service), \(inner[1])\(kind)"
        }
        let words = ["handledMedian": "median handling time", "callingAgain": "calling again", "total": "total"]
        return "\(figures): \(service): \(words[measure] ?? measure)"
    }

    /// `objective 1: key result 2: current`, by title when the merge knew it.
    static func okrs(_ path: [PathStep]) -> String? {
        guard path.first == .key("objectives"), path.count >= 2 else { return nil }
        var said = "OKRs: " + title(path[1], "objective")
        let rest = path.dropFirst(2)
        if rest.first == .key("keyResults"), rest.count >= 2 {
            said += ": " + title(rest[rest.startIndex + 1], "key result")
            let detail = keys(rest.dropFirst(2))
            return said + (detail.isEmpty ? "" : ": \(detail.joined(separator: " "))")
        }
        let detail = keys(rest)
        return said + (detail.isEmpty ? "" : ": \(detail.joined(separator: " "))")
    }

    /// `objective 2`, or `“Faster repairs”` when it is known by its title.
    static func title(_ s: PathStep, _ what: String) -> String {
        if case .index(let i) = s { return "\(what) \(i + 1)" }
        return "\(what) “\(step(s))”"
    }
}

extension ConflictText {
    /// The conflict's place in words (`ConflictPlace`).
    package static func place(_ c: SyncConflict) -> String { ConflictPlace.words(file: c.file, path: c.path) }
}
