/// Every long option weekboard's commands take (ArgumentParser's `--help` and `--version` aside), by
/// name. Adding an option to a command is its declaration there and its entry here; a key may give it
/// over SSH only when the entry's `gate` lists the command. `CommandOptionTableTests` compares this
/// with ArgumentParser's definitions (`--experimental-dump-help`).
extension CommandOption {
    package static let all: [CommandOption] = [
        CommandOption(
            "--action", value: true, commands: .only(["issue add", "issue edit"]), gate: ["issue add", "issue edit"]),
        CommandOption(
            "--all", value: false, commands: .only(["action list", "decision list", "issue list", "risk list"]),
            gate: ["action list", "decision list", "issue list", "risk list"]),
        CommandOption("--amend", value: false, commands: .only(["project status"]), gate: ["project status"]),
        CommandOption("--any-date", value: false, commands: .only(["calls import", "calls record"])),
        CommandOption("--archived", value: false, commands: .only(["project list"]), gate: ["project list"]),
        CommandOption("--as", value: true, commands: .only(["gate"])),
        CommandOption("--authorized-keys", value: true, commands: .only(["access sync"])),
        CommandOption("--baseline", value: true, commands: .only(["okr add-kr"])),
        CommandOption("--benefits", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption("--by", value: true, commands: .only(["decision add", "log"]), gate: ["decision add", "log"]),
        CommandOption("--by-channel", value: false, commands: .only(["calls list"]), gate: ["calls list"]),
        CommandOption("--by-whom", value: true, commands: .only(["decision decide"]), gate: ["decision decide"]),
        CommandOption("--channel", value: true, commands: .only(["calls record"]), gate: ["calls record"]),
        CommandOption(
            "--color", value: true, commands: .only(["history", "okr list", "status"]),
            gate: ["history", "okr list", "status"], global: true, fastPaths: [.status]),
        CommandOption(
            "--confidence", value: true, commands: .only(["okr add-kr", "okr update"]), gate: ["okr update"]),
        CommandOption("--cost", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption("--current", value: true, commands: .only(["okr add-kr", "okr update"]), gate: ["okr update"]),
        CommandOption("--date-order", value: true, commands: .only(["calls import"]), gate: ["calls import"]),
        CommandOption("--decider", value: true, commands: .only(["decision add"]), gate: ["decision add"]),
        CommandOption("--demo", value: false, commands: .only(["dashboard", "init"]), fastPaths: [.dashboard]),
        CommandOption("--done", value: true, commands: .only(["project status"]), gate: ["project status"]),
        CommandOption("--dry-run", value: false, commands: .only(["calls import", "repair"]), gate: ["calls import"]),
        CommandOption(
            "--due", value: true,
            commands: .only(["action add", "issue add", "issue edit", "project add", "project edit"]),
            gate: ["action add", "issue add", "issue edit", "project add", "project edit"]),
        CommandOption("--explain", value: false, commands: .only(["calls import"]), gate: ["calls import"]),
        CommandOption(
            "--force", value: false, commands: .only(["export contacts", "export highlight", "export weeknote"])),
        CommandOption("--forget-callers", value: false, commands: .only(["calls rotate-key"])),
        CommandOption(
            "--format", value: true,
            commands: .only(["calls import", "export contacts", "export highlight", "export weeknote"]),
            gate: ["calls import", "export contacts", "export highlight", "export weeknote"]),
        CommandOption("--from-notes", value: false, commands: .only(["goal carry"]), gate: ["goal carry"]),
        CommandOption(
            "--impact", value: true, commands: .only(["risk add", "risk edit"]), gate: ["risk add", "risk edit"]),
        CommandOption(
            "--json", value: false,
            commands: .only([
                "access list", "action list", "calls followups", "calls list", "decision list", "issue list", "log",
                "note list", "okr list", "project list", "risk list", "status", "sync status",
            ]),
            gate: [
                "action list", "calls followups", "calls list", "decision list", "issue list", "log", "note list",
                "okr list", "project list", "risk list", "status",
            ], fastPaths: [.status]),
        CommandOption("--keep", value: true, commands: .only(["sync resolve"])),
        CommandOption("--key", value: true, commands: .only(["access add"])),
        CommandOption(
            "--likelihood", value: true, commands: .only(["risk add", "risk edit"]), gate: ["risk add", "risk edit"]),
        CommandOption("--limit", value: true, commands: .only(["log"]), gate: ["log"]),
        CommandOption("--list", value: false, commands: .only(["undo"]), gate: ["undo"]),
        CommandOption("--map", value: true, commands: .only(["calls import"])),
        CommandOption(
            "--milestone", value: true, commands: .only(["project add", "project edit"]),
            gate: ["project add", "project edit"]),
        CommandOption(
            "--mitigation", value: true, commands: .only(["risk add", "risk edit"]), gate: ["risk add", "risk edit"]),
        CommandOption("--mouse", value: false, commands: .only(["dashboard"]), fastPaths: [.dashboard]),
        CommandOption("--name", value: true, commands: .only(["init"])),
        CommandOption("--next", value: true, commands: .only(["project status"]), gate: ["project status"]),
        CommandOption(
            "--no-mouse", value: false, commands: .only(["dashboard"]), fastPaths: [.dashboard], negates: "--mouse"),
        CommandOption(
            "--note", value: true,
            commands: .only(["calls followup", "project add", "project edit", "project status"]),
            gate: ["calls followup", "project add", "project edit", "project status"]),
        CommandOption("--open", value: false, commands: .only(["calls followups"]), gate: ["calls followups"]),
        CommandOption("--options", value: true, commands: .only(["decision add"]), gate: ["decision add"]),
        CommandOption(
            "--out", value: true, commands: .only(["export contacts", "export highlight", "export weeknote"])),
        CommandOption(
            "--owner", value: true,
            commands: .only([
                "action add", "calls followup", "issue add", "issue edit", "project add", "project edit", "risk add",
                "risk edit",
            ]),
            gate: [
                "action add", "calls followup", "issue add", "issue edit", "project add", "project edit", "risk add",
                "risk edit",
            ]),
        CommandOption(
            "--person", value: true, commands: .every, global: true, fastPaths: [.status, .dashboard],
            help: personHelp),
        CommandOption(
            "--plain", value: false, commands: .only(["history", "okr list", "project list", "status"]),
            gate: ["history", "okr list", "project list", "status"], fastPaths: [.status]),
        CommandOption(
            "--programme", value: true,
            commands: .only(["board meeting", "export highlight", "project add", "project edit"]),
            gate: ["export highlight", "project add", "project edit"]),
        CommandOption("--project", value: true, commands: .only(["log"]), gate: ["log"]),
        CommandOption("--prune-before", value: true, commands: .only(["log"])),
        CommandOption("--quality", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption("--raid", value: false, commands: .only(["export highlight"])),
        CommandOption(
            "--read-only", value: false, commands: .every, global: true, fastPaths: [.status, .dashboard],
            help: readOnlyHelp),
        CommandOption(
            "--review", value: true, commands: .only(["risk add", "risk edit"]), gate: ["risk add", "risk edit"]),
        CommandOption("--role", value: true, commands: .only(["access add"])),
        CommandOption("--scope", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption("--seed", value: true, commands: .only(["generate"])),
        CommandOption(
            "--service", value: true,
            commands: .only(["calls followup", "calls followups", "calls import", "export contacts"]),
            gate: ["calls followup", "calls followups", "calls import", "export contacts"]),
        CommandOption(
            "--severity", value: true, commands: .only(["issue add", "issue edit"]), gate: ["issue add", "issue edit"]),
        CommandOption(
            "--show-complete", value: false, commands: .only(["project list", "status"]),
            gate: ["project list", "status"], fastPaths: [.status]),
        CommandOption(
            "--since", value: true, commands: .only(["calls followups", "export highlight", "log"]),
            gate: ["calls followups", "export highlight", "log"]),
        CommandOption("--size", value: true, commands: .only(["generate"])),
        CommandOption("--skip-bad", value: false, commands: .only(["calls import"]), gate: ["calls import"]),
        CommandOption("--state", value: true, commands: .only(["calls followup"]), gate: ["calls followup"]),
        CommandOption("--status", value: true, commands: .only(["project add"]), gate: ["project add"]),
        CommandOption(
            "--store", value: true, commands: .every, global: true, fastPaths: [.status, .dashboard], help: storeHelp),
        CommandOption("--streak", value: false, commands: .only(["generate"])),
        CommandOption("--target", value: true, commands: .only(["okr add-kr"])),
        CommandOption("--team", value: false, commands: .only(["status"]), gate: ["status"], fastPaths: [.status]),
        CommandOption(
            "--theme", value: true, commands: .only(["board meeting", "dashboard"]), global: true,
            fastPaths: [.dashboard]),
        CommandOption("--time", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption(
            "--title", value: true, commands: .only(["issue edit", "risk edit"]), gate: ["issue edit", "risk edit"]),
        CommandOption("--tolerance", value: true, commands: .only(["project edit"]), gate: ["project edit"]),
        CommandOption("--unit", value: true, commands: .only(["okr add-kr"])),
        CommandOption(
            "--week", value: true,
            commands: .only([
                "action list", "calls list", "calls record", "calls remove", "dashboard", "decision list",
                "export contacts", "export highlight", "export weeknote", "focus set", "goal carry", "goal clear",
                "goal done", "goal drop", "goal edit", "goal move", "goal nearly", "goal open", "goal set", "history",
                "issue list", "log", "note add", "note edit", "note list", "note remove", "programme archive",
                "project add", "project archive", "project status", "risk list", "status",
            ]),
            gate: [
                "calls list", "calls record", "calls remove", "export contacts", "export highlight", "export weeknote",
                "focus set", "goal carry", "goal clear", "goal done", "goal drop", "goal edit", "goal move",
                "goal nearly", "goal open", "goal set", "history", "log", "note add", "note edit", "note list",
                "note remove", "programme archive", "project add", "project archive", "project status", "status",
            ], global: true, fastPaths: [.status, .dashboard], takesBackOffset: true),
        CommandOption(
            "--weeks", value: true, commands: .only(["calls list", "export contacts", "history"]),
            gate: ["calls list", "export contacts", "history"]),
        CommandOption(
            "--width", value: true,
            commands: .only(["calls list", "history", "log", "okr list", "status", "sync resolve", "undo"]),
            gate: ["calls list", "history", "log", "okr list", "status", "undo"], global: true,
            fastPaths: [.status]),
        CommandOption("--withdraw", value: false, commands: .only(["project status"]), gate: ["project status"]),
        CommandOption("--yes", value: false, commands: .only(["calls rotate-key", "log", "project remove"])),
    ]

    static let storeHelp = "The store folder (default: $WEEKBOARD_STORE, else $XDG_DATA_HOME/weekboard)."
    static let personHelp = "Whose focus and goals (default: $WEEKBOARD_PERSON, else the config, else your login name)."
    static let readOnlyHelp = "Change nothing (also $WEEKBOARD_READ_ONLY=1): writes are refused."
}
