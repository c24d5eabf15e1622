/// One command the gate lets a key run: its words, the least role that may run it, the options it may
/// be given (`CommandOption.all`'s `gate`; everything else is refused, whatever its spelling), and what
/// its other words may be.
struct GateCommandSpec: Sendable {
    enum Positionals: Sendable {
        /// Words of text (a goal, a project's name): never read as a path.
        case text
        /// Only `-`: standard input (`calls import -`); a path on the server is refused.
        case standardInput
        case none
    }

    let path: [String]
    let role: AccessRole
    let flags: Set<String>
    let options: Set<String>
    let positionals: Positionals
    let usage: String

    var name: String { path.joined(separator: " ") }

    /// The options come from `CommandOption.all`: those whose `gate` lists this command.
    init(_ path: String, _ role: AccessRole, positionals: Positionals = .none, usage: String = "") {
        self.path = path.split(separator: " ").map(String.init)
        self.role = role
        (flags, options) = CommandOption.gate(path)
        self.positionals = positionals
        self.usage = usage
    }

    /// Every command a key may run over SSH. Options that name a path on the server (`--out`,
    /// `--store`), choose another person (`--person`) or confirm something destructive are allowed for
    /// none (their entries in `CommandOption.all` have no `gate`).
    static let all: [GateCommandSpec] = [
        GateCommandSpec(
            "status", .viewer, usage: "[--week W] [--json] [--team] [--plain] [--show-complete] [--width N]"),
        GateCommandSpec(
            "history", .viewer, usage: "[--week W] [--weeks N] [--plain]"),
        GateCommandSpec(
            "log", .viewer, usage: "[--week W] [--by NAME] [--since DATE] [--project NAME] [--json] [--width N]"),
        GateCommandSpec(
            "okr list", .viewer, usage: "[--json]"),
        GateCommandSpec(
            "project list", .viewer, usage: "[--json] [--plain] [--archived] [--show-complete]"),
        GateCommandSpec("note list", .viewer, usage: "[--week W] [--json]"),
        GateCommandSpec(
            "risk list", .viewer, positionals: .text, usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "issue list", .viewer, positionals: .text, usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "decision list", .viewer, positionals: .text,
            usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "action list", .viewer, positionals: .text,
            usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "calls list", .viewer, usage: "[--week W] [--weeks N] [--by-channel] [--json]"),
        GateCommandSpec(
            "export weeknote", .viewer, usage: "[--week W] [--format md|html]"),
        GateCommandSpec(
            "export highlight", .viewer, usage: "[--programme P] [--since DATE|--week W] [--format md|html|csv]"),
        // Weekly counts and forecasts only: no caller-level data, so a viewer may have it.
        GateCommandSpec(
            "export contacts", .viewer, usage: "[--week W] [--weeks N] [--service S] [--format md|html|csv]"),
        GateCommandSpec("focus set", .editor, positionals: .text, usage: "TEXT [--week W]"),
        GateCommandSpec("goal set", .editor, positionals: .text, usage: "N TEXT [--week W]"),
        GateCommandSpec("goal edit", .editor, positionals: .text, usage: "N TEXT [--week W]"),
        GateCommandSpec("goal done", .editor, positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal nearly", .editor, positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal open", .editor, positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal drop", .editor, positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal clear", .editor, positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal move", .editor, positionals: .text, usage: "N M [--week W]"),
        GateCommandSpec(
            "goal carry", .editor, usage: "[--from-notes] [--week W]"),
        GateCommandSpec(
            "note add", .editor, positionals: .text, usage: "watch|learning|next TEXT [--week W]"),
        GateCommandSpec(
            "note edit", .editor, positionals: .text,
            usage: "watch|learning|next N TEXT [--week W]"),
        GateCommandSpec(
            "note remove", .editor, positionals: .text, usage: "watch|learning|next N [--week W]"),
        GateCommandSpec(
            "project add", .editor,
            positionals: .text,
            usage: "NAME --programme P [--owner O] [--status S] [--milestone M --due DATE] [--week W]"),
        GateCommandSpec(
            "project status", .editor, positionals: .text,
            usage:
                "NAME red|amber|green|blue [--note TEXT] [--done TEXT] [--next TEXT] [--week W] [--amend]"
                + " | NAME --withdraw"
        ),
        GateCommandSpec(
            "project edit", .editor,
            positionals: .text,
            usage:
                "NAME [--owner O] [--milestone M] [--due DATE] [--programme P] [--note TEXT] [--time S]…"
                + " [--tolerance T]"
        ),
        GateCommandSpec("project rename", .editor, positionals: .text, usage: "NAME NEW-NAME"),
        GateCommandSpec(
            "project archive", .editor, positionals: .text, usage: "NAME [--week W]"),
        GateCommandSpec("project restore", .editor, positionals: .text, usage: "NAME"),
        GateCommandSpec("programme rename", .editor, positionals: .text, usage: "NAME NEW-NAME"),
        GateCommandSpec(
            "programme archive", .editor, positionals: .text, usage: "NAME [--week W]"),
        GateCommandSpec(
            "okr update", .editor, positionals: .text,
            usage: "OBJECTIVE KR --current C [--confidence X]"),
        GateCommandSpec(
            "calls record", .editor, positionals: .text,
            usage: "SERVICE COUNT [--channel C] [--week W]"),
        GateCommandSpec("calls rename", .editor, positionals: .text, usage: "SERVICE NEW-NAME"),
        // The list of callers calling too often is for the editors who follow them up: a viewer sees counts.
        GateCommandSpec(
            "calls followups", .editor, usage: "[--service S] [--open] [--since DATE] [--json]"),
        GateCommandSpec(
            "calls followup", .editor, positionals: .text,
            usage: "REF --state todo|in-progress|done|not-needed [--owner NAME] [--note TEXT]"),
        GateCommandSpec("calls remove", .editor, positionals: .text, usage: "SERVICE [--week W]"),
        GateCommandSpec(
            // Not --map: it names a file on the server. A mapping in the server's config still applies.
            "calls import", .editor, positionals: .standardInput,
            usage: "- [--dry-run] [--skip-bad] [--explain] [--format F] [--service S] < export"),
        GateCommandSpec("undo", .editor, usage: "[--list] [--width N]"),
        GateCommandSpec(
            "risk add", .editor, positionals: .text,
            usage: "PROJECT TITLE --likelihood 1-5 --impact 1-5 --owner NAME [--mitigation T]"),
        GateCommandSpec(
            "risk edit", .editor,
            positionals: .text, usage: "PROJECT N [--title T] [--likelihood L] [--impact I] [--owner O]…"),
        GateCommandSpec("risk close", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec(
            "issue add", .editor, positionals: .text,
            usage: "PROJECT TITLE --severity 1-5 --owner NAME [--action T] [--due DATE]"),
        GateCommandSpec(
            "issue edit", .editor, positionals: .text,
            usage: "PROJECT N [--title T] [--severity S] [--owner O] [--action T] [--due DATE]"),
        GateCommandSpec("issue close", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec(
            "decision add", .editor, positionals: .text,
            usage: "PROJECT QUESTION [--options T] [--decider NAME] [--by DATE]"),
        GateCommandSpec(
            "decision decide", .editor, positionals: .text,
            usage: "PROJECT N OUTCOME [--by-whom NAME]"),
        GateCommandSpec(
            "action add", .editor, positionals: .text,
            usage: "PROJECT WHAT --owner NAME [--due DATE]"),
        GateCommandSpec("action done", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec("redo", .editor),
    ]
}
