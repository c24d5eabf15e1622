import WeekboardCore

/// What the commands every kind of RAID item shares (`list`, and `close` or `done`) say of their kind:
/// one `RAIDListCommand` and one `RAIDCloseCommand`, given the kind, serve `risk`, `issue`, `decision`
/// and `action`.
protocol RAIDCommandKind {
    static var kind: RAIDKind { get }
    /// `list`'s one line: "Open risks by project (every project, or the one named)."
    static var listAbstract: String { get }
    /// `list --all`: "Closed ones too."
    static var allHelp: String { get }
    /// The closing command's name (`close`, or `done` for actions) and its one line; nil for decisions,
    /// which are closed by recording the outcome.
    static var closing: (name: String, abstract: String)? { get }
    /// The closing command's item number: "Which risk, from 1."
    static var numberHelp: String { get }
}

extension RAIDCommandKind {
    static var numberHelp: String { "Which \(kind.word), from 1." }
}

extension RiskCommand: RAIDCommandKind {
    static var kind: RAIDKind { .risk }
    static var listAbstract: String { "Open risks by project (every project, or the one named)." }
    static var allHelp: String { "Closed ones too." }
    static var closing: (name: String, abstract: String)? {
        ("close", "Close a risk (it stays in the log, numbered as before).")
    }
}

extension IssueCommand: RAIDCommandKind {
    static var kind: RAIDKind { .issue }
    static var listAbstract: String { "Open issues by project (every project, or the one named)." }
    static var allHelp: String { "Closed ones too." }
    static var closing: (name: String, abstract: String)? {
        ("close", "Close an issue (it stays in the log, numbered as before).")
    }
}

extension ActionCommand: RAIDCommandKind {
    static var kind: RAIDKind { .action }
    static var listAbstract: String { "Open actions by project (every project, or the one named)." }
    static var allHelp: String { "Done ones too." }
    static var closing: (name: String, abstract: String)? {
        ("done", "Mark an action done (it stays in the log, numbered as before).")
    }
    static var numberHelp: String { "Which action, from 1 ('action list')." }
}

extension DecisionCommand: RAIDCommandKind {
    static var kind: RAIDKind { .decision }
    static var listAbstract: String { "Decisions still to make by project (every project, or the one named)." }
    static var allHelp: String { "Decided ones too." }
    static var closing: (name: String, abstract: String)? { nil }
}
