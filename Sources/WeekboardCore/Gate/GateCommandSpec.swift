/// One command the gate lets a key run: its words, the least role that may run it, the options it may
/// be given (everything else is refused, whatever its spelling), and what its other words may be.
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

    init(
        _ path: String, _ role: AccessRole, flags: Set<String> = [], options: Set<String> = [],
        positionals: Positionals = .none, usage: String = ""
    ) {
        self.path = path.split(separator: " ").map(String.init)
        self.role = role
        self.flags = flags
        self.options = options
        self.positionals = positionals
        self.usage = usage
    }

    /// Every command a key may run over SSH. Options that name a path on the server (`--out`,
    /// `--store`), choose another person (`--person`) or confirm something destructive are in no list.
    static let all: [GateCommandSpec] = [
        GateCommandSpec(
            "status", .viewer, flags: ["--json", "--team", "--plain", "--show-complete"],
            options: ["--week", "--width", "--color"],
            usage: "[--week W] [--json] [--team] [--plain] [--show-complete] [--width N]"),
        GateCommandSpec(
            "history", .viewer, flags: ["--plain"], options: ["--week", "--weeks", "--color", "--width"],
            usage: "[--week W] [--weeks N] [--plain]"),
        GateCommandSpec(
            "log", .viewer, flags: ["--json"],
            options: ["--week", "--by", "--since", "--project", "--limit", "--width"],
            usage: "[--week W] [--by NAME] [--since DATE] [--project NAME] [--json] [--width N]"),
        GateCommandSpec(
            "okr list", .viewer, flags: ["--json", "--plain"], options: ["--color", "--width"], usage: "[--json]"),
        GateCommandSpec(
            "project list", .viewer, flags: ["--json", "--plain", "--archived", "--show-complete"],
            options: ["--width"], usage: "[--json] [--plain] [--archived] [--show-complete]"),
        GateCommandSpec("note list", .viewer, flags: ["--json"], options: ["--week"], usage: "[--week W] [--json]"),
        GateCommandSpec(
            "risk list", .viewer, flags: ["--json", "--all"], positionals: .text, usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "issue list", .viewer, flags: ["--json", "--all"], positionals: .text, usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "decision list", .viewer, flags: ["--json", "--all"], positionals: .text,
            usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "action list", .viewer, flags: ["--json", "--all"], positionals: .text,
            usage: "[PROJECT] [--all] [--json]"),
        GateCommandSpec(
            "calls list", .viewer, flags: ["--json", "--by-channel"], options: ["--week", "--weeks", "--width"],
            usage: "[--week W] [--weeks N] [--by-channel] [--json]"),
        GateCommandSpec(
            "export weeknote", .viewer, options: ["--week", "--format"], usage: "[--week W] [--format md|html]"),
        GateCommandSpec(
            "export highlight", .viewer, options: ["--programme", "--since", "--week", "--format"],
            usage: "[--programme P] [--since DATE|--week W] [--format md|html|csv]"),
        // Weekly counts and forecasts only: no caller-level data, so a viewer may have it.
        GateCommandSpec(
            "export contacts", .viewer, options: ["--week", "--weeks", "--service", "--format"],
            usage: "[--week W] [--weeks N] [--service S] [--format md|html|csv]"),
        GateCommandSpec("focus set", .editor, options: ["--week"], positionals: .text, usage: "TEXT [--week W]"),
        GateCommandSpec("goal set", .editor, options: ["--week"], positionals: .text, usage: "N TEXT [--week W]"),
        GateCommandSpec("goal edit", .editor, options: ["--week"], positionals: .text, usage: "N TEXT [--week W]"),
        GateCommandSpec("goal done", .editor, options: ["--week"], positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal nearly", .editor, options: ["--week"], positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal open", .editor, options: ["--week"], positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal drop", .editor, options: ["--week"], positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal clear", .editor, options: ["--week"], positionals: .text, usage: "N [--week W]"),
        GateCommandSpec("goal move", .editor, options: ["--week"], positionals: .text, usage: "N M [--week W]"),
        GateCommandSpec(
            "goal carry", .editor, flags: ["--from-notes"], options: ["--week"], usage: "[--from-notes] [--week W]"),
        GateCommandSpec(
            "note add", .editor, options: ["--week"], positionals: .text, usage: "watch|learning|next TEXT [--week W]"),
        GateCommandSpec(
            "note edit", .editor, options: ["--week"], positionals: .text,
            usage: "watch|learning|next N TEXT [--week W]"),
        GateCommandSpec(
            "note remove", .editor, options: ["--week"], positionals: .text, usage: "watch|learning|next N [--week W]"),
        GateCommandSpec(
            "project add", .editor,
            options: ["--programme", "--owner", "--status", "--note", "--milestone", "--due", "--week"],
            positionals: .text,
            usage: "NAME --programme P [--owner O] [--status S] [--milestone M --due DATE] [--week W]"),
        GateCommandSpec(
            "project status", .editor, flags: ["--amend", "--withdraw"],
            options: ["--note", "--week", "--done", "--next"], positionals: .text,
            usage:
                "NAME red|amber|green|blue [--note TEXT] [--done TEXT] [--next TEXT] [--week W] [--amend]"
                + " | NAME --withdraw"
        ),
        GateCommandSpec(
            "project edit", .editor,
            options: [
                "--owner", "--milestone", "--due", "--programme", "--note", "--time", "--cost", "--scope", "--quality",
                "--benefits", "--tolerance",
            ],
            positionals: .text,
            usage:
                "NAME [--owner O] [--milestone M] [--due DATE] [--programme P] [--note TEXT] [--time S]…"
                + " [--tolerance T]"
        ),
        GateCommandSpec("project rename", .editor, positionals: .text, usage: "NAME NEW-NAME"),
        GateCommandSpec(
            "project archive", .editor, options: ["--week"], positionals: .text, usage: "NAME [--week W]"),
        GateCommandSpec("project restore", .editor, positionals: .text, usage: "NAME"),
        GateCommandSpec("programme rename", .editor, positionals: .text, usage: "NAME NEW-NAME"),
        GateCommandSpec(
            "programme archive", .editor, options: ["--week"], positionals: .text, usage: "NAME [--week W]"),
        GateCommandSpec(
            "okr update", .editor, options: ["--current", "--confidence"], positionals: .text,
            usage: "OBJECTIVE KR --current C [--confidence X]"),
        GateCommandSpec(
            "calls record", .editor, options: ["--week", "--channel"], positionals: .text,
            usage: "SERVICE COUNT [--channel C] [--week W]"),
        GateCommandSpec("calls rename", .editor, positionals: .text, usage: "SERVICE NEW-NAME"),
        // The list of callers calling too often is for the editors who follow them up: a viewer sees counts.
        GateCommandSpec(
            "calls followups", .editor, flags: ["--open", "--json"], options: ["--service", "--since"],
            usage: "[--service S] [--open] [--since DATE] [--json]"),
        GateCommandSpec(
            "calls followup", .editor, options: ["--state", "--owner", "--note", "--service"], positionals: .text,
            usage: "REF --state todo|in-progress|done|not-needed [--owner NAME] [--note TEXT]"),
        GateCommandSpec("calls remove", .editor, options: ["--week"], positionals: .text, usage: "SERVICE [--week W]"),
        GateCommandSpec(
            // Not --map: it names a file on the server. A mapping in the server's config still applies.
            "calls import", .editor, flags: ["--dry-run", "--skip-bad", "--explain"],
            options: ["--date-order", "--format", "--service"], positionals: .standardInput,
            usage: "- [--dry-run] [--skip-bad] [--explain] [--format F] [--service S] < export"),
        GateCommandSpec("undo", .editor, flags: ["--list"], options: ["--width"], usage: "[--list] [--width N]"),
        GateCommandSpec(
            "risk add", .editor, options: ["--likelihood", "--impact", "--owner", "--mitigation", "--review"],
            positionals: .text, usage: "PROJECT TITLE --likelihood 1-5 --impact 1-5 --owner NAME [--mitigation T]"),
        GateCommandSpec(
            "risk edit", .editor,
            options: ["--title", "--likelihood", "--impact", "--owner", "--mitigation", "--review"],
            positionals: .text, usage: "PROJECT N [--title T] [--likelihood L] [--impact I] [--owner O]…"),
        GateCommandSpec("risk close", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec(
            "issue add", .editor, options: ["--severity", "--owner", "--action", "--due"], positionals: .text,
            usage: "PROJECT TITLE --severity 1-5 --owner NAME [--action T] [--due DATE]"),
        GateCommandSpec(
            "issue edit", .editor, options: ["--title", "--severity", "--owner", "--action", "--due"],
            positionals: .text, usage: "PROJECT N [--title T] [--severity S] [--owner O] [--action T] [--due DATE]"),
        GateCommandSpec("issue close", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec(
            "decision add", .editor, options: ["--options", "--decider", "--by"], positionals: .text,
            usage: "PROJECT QUESTION [--options T] [--decider NAME] [--by DATE]"),
        GateCommandSpec(
            "decision decide", .editor, options: ["--by-whom"], positionals: .text,
            usage: "PROJECT N OUTCOME [--by-whom NAME]"),
        GateCommandSpec(
            "action add", .editor, options: ["--owner", "--due"], positionals: .text,
            usage: "PROJECT WHAT --owner NAME [--due DATE]"),
        GateCommandSpec("action done", .editor, positionals: .text, usage: "PROJECT N"),
        GateCommandSpec("redo", .editor),
    ]
}
