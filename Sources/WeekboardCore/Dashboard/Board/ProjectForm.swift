#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `a` (add a project) and `e` (edit the selected one) on the board: the fields asked one at a
/// time in the line editor, Enter for the next, the last Enter saving them all as one change.
struct ProjectForm: Equatable, Sendable {
    enum Field: String, Equatable, Sendable {
        case name, programme, owner, status, milestone, due, note

        var label: String {
            switch self {
            case .name: return "name"
            case .programme: return "programme"
            case .owner: return "owner (empty: none)"
            case .status: return "status: r, a, g, b, ar or ag (empty: green)"
            case .milestone: return "next milestone (empty: none)"
            case .due: return "milestone due: 18 Dec, fri, next fri, +2w… (empty: none)"
            case .note: return "note (empty: none)"
            }
        }
    }

    enum Kind: Equatable, Sendable {
        case add
        case edit(project: String)
    }

    var kind: Kind
    var fields: [Field]
    var step = 0
    var values: [Field: String] = [:]
    /// A programme name that matched none on the board, asked about once: Enter again with the same
    /// name creates it, so a typo never makes a new programme unasked.
    var newProgramme: String?

    static func add(programme: String?) -> ProjectForm {
        var f = ProjectForm(kind: .add, fields: [.name, .programme, .owner, .status, .milestone, .due])
        f.values[.programme] = programme
        return f
    }

    static func edit(_ p: Project) -> ProjectForm {
        var f = ProjectForm(kind: .edit(project: p.name), fields: [.name, .note, .owner, .milestone, .due, .programme])
        f.values = [
            .name: p.name, .note: p.note ?? "", .owner: p.owner ?? "", .milestone: p.milestone?.text ?? "",
            .due: p.milestone?.due?.iso ?? "", .programme: p.programme,
        ]
        return f
    }

    var field: Field { fields[step] }
    var isLast: Bool { step == fields.count - 1 }

    var prompt: String {
        let whose: String
        switch kind {
        case .add: whose = "New project"
        case .edit(let p): whose = p
        }
        return "\(whose) \(step + 1)/\(fields.count): \(field.label)"
    }

    var maxLength: Int { field == .note ? TextRules.maxNote : TextRules.maxLine }

    /// What Enter does on the current field (the footer and the message line say it).
    var enterWord: String { isLast ? "save" : "next field" }

    /// The value typed for the current field, checked: the reason when the store would refuse it.
    /// A due date is taken in every form the CLI's `--due` takes (`next fri`, `+2w`, `15 Dec`) and kept as ISO.
    static func check(_ field: Field, _ raw: String, today: CalendarDay) throws -> String {
        let t = raw.trimmed(.whitespaces)
        switch field {
        case .name: return try TextRules.line(t, what: "project name", max: 120)
        case .programme: return try TextRules.line(t, what: "programme", max: 120)
        case .status:
            guard t.isEmpty || RAGStatus(parsing: t) != nil else {
                throw InputError("'\(Sanitize.text(t))' is not a status: r, a, g, b, ar or ag")
            }
        case .due:
            guard !t.isEmpty else { return t }
            guard let day = try? DateSpec.parse(t, today: today) else {
                throw InputError("'\(Sanitize.text(t))' is not a date (18 Dec, fri, +2w…)")
            }
            return day.iso
        case .owner, .milestone, .note:
            if !t.isEmpty {
                _ = try TextRules.line(t, what: field.rawValue, max: field == .note ? TextRules.maxNote : 120)
            }
        }
        return t
    }

    /// The programme field's value against the programmes on the board, as the CLI matches names: the
    /// same name in any case, else the one name it begins. `.choose` when it begins several; `.ask`
    /// for a name that matches none (unless already asked about: then it is new).
    enum ProgrammeMatch: Equatable {
        case name(String)
        case choose([String])
        case ask(String)
    }

    func matchProgramme(_ typed: String, among names: [String]) -> ProgrammeMatch {
        let key = typed.lowercased()
        if let same = names.first(where: { $0.lowercased() == key }) { return .name(same) }
        let starts = names.filter { $0.lowercased().hasPrefix(key) }
        if starts.count == 1 { return .name(starts[0]) }
        if starts.count > 1 { return .choose(starts) }
        return newProgramme == typed ? .name(typed) : .ask(typed)
    }

    /// Programmes on the board that begin with what is typed so far (all of them for nothing typed).
    static func suggestions(_ typed: String, among names: [String]) -> [String] {
        let key = typed.trimmed(.whitespaces).lowercased()
        return names.filter { key.isEmpty || $0.lowercased().hasPrefix(key) }
    }

    /// The one change the whole form makes.
    func action() throws -> Action {
        func value(_ f: Field) -> String? { values[f].flatMap { $0.isEmpty ? nil : $0 } }
        let due = value(.due).flatMap(CalendarDay.parse)
        if due != nil && value(.milestone) == nil { throw InputError("a due date needs a milestone") }
        switch kind {
        case .add:
            let milestone = value(.milestone).map { Milestone(text: $0, due: due) }
            return .board(
                .addProject(
                    ProjectDraft(
                        name: values[.name] ?? "", programme: values[.programme] ?? "", owner: value(.owner),
                        status: value(.status).flatMap(RAGStatus.init(parsing:)) ?? .green, milestone: milestone)))
        case .edit(let project):
            return .board(
                .editProject(
                    name: project,
                    ProjectEdit(
                        name: values[.name], owner: values[.owner] ?? "", milestone: values[.milestone] ?? "", due: due,
                        clearDue: due == nil,
                        programme: values[.programme], note: values[.note] ?? "")))
        }
    }
}
