#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The board's RAID keys: add a risk, issue, decision or action to the selected project, close one, or
/// record a decision. Fields are asked one at a time in the line editor (Enter for the next); the last
/// Enter makes the whole form one change (`Action.raid`).
struct RAIDForm: Equatable, Sendable {
    enum Field: String, Equatable, Sendable {
        case title, likelihood, impact, owner, mitigation, review, severity, action, due
        case question, options, decider, deadline, what, item, number, outcome, byWhom

        var label: String {
            switch self {
            case .title: return "title"
            case .likelihood: return "likelihood 1-5"
            case .impact: return "impact 1-5"
            case .owner: return "owner"
            case .mitigation: return "mitigation (empty: none)"
            case .review: return "review date, e.g. 2026-12-18 or fri (empty: none)"
            case .severity: return "severity 1-5"
            case .action: return "action (empty: none)"
            case .due: return "due date, e.g. 2026-12-18 or fri (empty: none)"
            case .question: return "the question"
            case .options: return "options (empty: none)"
            case .decider: return "who decides (empty: not named)"
            case .deadline: return "needed by, e.g. 2026-12-18 (empty: no date)"
            case .what: return "what is to be done"
            case .item: return "close which"
            case .number: return "which decision"
            case .outcome: return "what was decided"
            case .byWhom: return "decided by (empty: you)"
            }
        }

        var optional: Bool {
            [.mitigation, .review, .action, .due, .options, .decider, .deadline, .byWhom].contains(self)
        }
    }

    enum Kind: Equatable, Sendable {
        case add(RAIDKind)
        /// Close a risk or issue, or mark an action done; `open` lists the codes to choose from (`r1`).
        case close(open: [String])
        /// Record a decision; `open` lists the numbers of those still to make.
        case decide(open: [Int])
    }

    var kind: Kind
    var project: String
    var fields: [Field]
    var step = 0
    var values: [Field: String] = [:]

    static func add(_ raid: RAIDKind, project: String) -> RAIDForm {
        let fields: [Field]
        switch raid {
        case .risk: fields = [.title, .likelihood, .impact, .owner, .mitigation, .review]
        case .issue: fields = [.title, .severity, .owner, .action, .due]
        case .decision: fields = [.question, .options, .decider, .deadline]
        case .action: fields = [.what, .owner, .due]
        }
        return RAIDForm(kind: .add(raid), project: project, fields: fields)
    }

    /// The close form for `p`, or nil when it has nothing open to close.
    static func close(_ p: Project) -> RAIDForm? {
        let codes = RAIDRows.open(p).filter { $0.kind != .decision }.map(\.code)
        guard !codes.isEmpty else { return nil }
        return RAIDForm(kind: .close(open: codes), project: p.name, fields: [.item])
    }

    /// The decide form for `p`, or nil when no decision is waiting; with one waiting, its number is not asked.
    static func decide(_ p: Project) -> RAIDForm? {
        let open = RAIDRows.items(.decision, of: p).filter(\.isOpen).map(\.number)
        guard let first = open.first else { return nil }
        var f = RAIDForm(kind: .decide(open: open), project: p.name, fields: [.number, .outcome, .byWhom])
        if open.count == 1 {
            f.fields.removeFirst()
            f.values[.number] = String(first)
        }
        return f
    }

    var field: Field { fields[step] }
    var isLast: Bool { step == fields.count - 1 }

    var prompt: String {
        let what: String
        switch kind {
        case .add(let raid): what = "New \(raid.word) on \(project)"
        case .close(let open): return "\(project): close which? \(open.joined(separator: ", "))"
        case .decide(let open):
            let n = values[.number] ?? ""
            what = open.count == 1 || !n.isEmpty ? "\(project), decision \(n)" : "\(project): record a decision"
            if field == .number { return "\(what) \(step + 1)/\(fields.count): which (\(numbers(open)))" }
        }
        return "\(what) \(step + 1)/\(fields.count): \(field.label)"
    }

    private func numbers(_ open: [Int]) -> String { open.map(String.init).joined(separator: ", ") }

    /// The value typed for the current field, checked: the reason when the store would refuse it.
    func check(_ raw: String, today: CalendarDay) throws -> String {
        let t = raw.trimmed(.whitespaces)
        if t.isEmpty {
            guard field.optional else { throw InputError("\(field.label) cannot be empty") }
            return t
        }
        switch field {
        case .likelihood, .impact, .severity:
            guard let n = Int(t) else { throw InputError("'\(t)' is not a number 1 to 5") }
            _ = try Board.score(n, field.rawValue)
        case .review, .due, .deadline:
            do { _ = try DateSpec.parse(t, today: today) } catch let e as DateSpec.Invalid {
                throw InputError("\(e)")
            }
        case .item:
            guard case .close(let open) = kind, open.contains(t.lowercased()) else {
                throw InputError("'\(t)' is not open on \(project): give one of \(openCodes)")
            }
        case .number:
            guard case .decide(let open) = kind, let n = Int(t), open.contains(n) else {
                throw InputError("'\(t)' is not a decision waiting on \(project)")
            }
        case .owner, .decider, .byWhom: _ = try TextRules.line(t, what: field.rawValue, max: 120)
        default: _ = try TextRules.line(t, what: field.rawValue)
        }
        return t
    }

    private var openCodes: String {
        if case .close(let open) = kind { return open.joined(separator: ", ") }
        return ""
    }

    /// The one change the whole form makes.
    func action(today: CalendarDay) throws -> Action {
        func text(_ f: Field) -> String? { values[f].flatMap { $0.isEmpty ? nil : $0 } }
        func int(_ f: Field) -> Int? { text(f).flatMap { Int($0) } }
        func date(_ f: Field) throws -> CalendarDay? { try text(f).map { try DateSpec.parse($0, today: today) } }
        let change: RAIDChange
        switch kind {
        case .add(.risk):
            change = .addRisk(
                RiskFields(
                    title: text(.title), likelihood: int(.likelihood), impact: int(.impact), owner: text(.owner),
                    mitigation: text(.mitigation), review: try date(.review)))
        case .add(.issue):
            change = .addIssue(
                IssueFields(
                    title: text(.title), severity: int(.severity), owner: text(.owner), action: text(.action),
                    due: try date(.due)))
        case .add(.decision):
            change = .addDecision(
                DecisionFields(
                    question: text(.question) ?? "", options: text(.options), decider: text(.decider),
                    deadline: try date(.deadline)))
        case .add(.action):
            change = .addAction(ActionFields(what: text(.what) ?? "", owner: text(.owner) ?? "", due: try date(.due)))
        case .close:
            guard let code = text(.item), let (raid, n) = RAIDRow.parse(code: code) else {
                throw InputError("nothing chosen to close")
            }
            change = .close(raid, number: n)
        case .decide:
            change = .decide(number: int(.number) ?? 0, outcome: text(.outcome) ?? "", by: text(.byWhom))
        }
        return .raid(project: project, change)
    }
}

extension RAIDRow {
    /// `r2`, `i1`, `d3`, `a1`: how the dashboard and the board meeting name an item in a prompt.
    package var code: String { "\(kind.rawValue.prefix(1))\(number)" }

    /// The kind and number of a code (`r2`), nil when it is not one.
    static func parse(code raw: String) -> (RAIDKind, Int)? {
        let t = raw.lowercased().trimmed(.whitespaces)
        guard let first = t.first, let n = Int(t.dropFirst()), n > 0,
            let kind = RAIDKind.allCases.first(where: { $0.rawValue.first == first })
        else { return nil }
        return (kind, n)
    }
}
