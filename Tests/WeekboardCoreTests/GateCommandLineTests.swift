import Foundation
import Testing
@testable import WeekboardCore

@Suite("Gate: splitting the SSH command and the per-role command lists")
struct GateCommandLineTests {
    func decide(_ command: String?, terminal: Bool = false, role: AccessRole = .viewer) throws
        -> GateCommandLine.Decision
    {
        try GateCommandLine.decide(command, terminal: terminal, role: role)
    }

    func refusal(_ command: String, role: AccessRole = .viewer) -> String? {
        do {
            _ = try decide(command, role: role)
            return nil
        } catch let r as GateRefusal { return r.message } catch { return "\(error)" }
    }

    @Test("words are split with shell quoting, and nothing is expanded")
    func splitting() throws {
        #expect(try ShellWords.split("goal set 1 'Agree the plan'") == ["goal", "set", "1", "Agree the plan"])
        #expect(try ShellWords.split("goal set 1 \"Say \\\"yes\\\"\"") == ["goal", "set", "1", "Say \"yes\""])
        #expect(
            try ShellWords.split("note add watch Damp\\ and\\ mould") == ["note", "add", "watch", "Damp and mould"])
        #expect(try ShellWords.split("  status \t --json  ") == ["status", "--json"])
        #expect(
            try ShellWords.split("goal set 1 'costs $5k; (roughly) & more'") == [
                "goal", "set", "1", "costs $5k; (roughly) & more",
            ])
        #expect(try ShellWords.split("a''b \"\"") == ["ab", ""])
        #expect(try ShellWords.split("") == [])
        #expect(try ShellWords.split("goal set 1 Fix#42") == ["goal", "set", "1", "Fix#42"])
    }

    @Test("no command: the dashboard with a terminal, the glance without")
    func noCommand() throws {
        #expect(try decide(nil, terminal: true) == .dashboard)
        #expect(try decide("   ", terminal: true) == .dashboard)
        #expect(try decide(nil, terminal: false) == .status)
        #expect(try decide("help") == .help)
    }

    @Test("a viewer may read, and only read")
    func viewer() throws {
        #expect(try decide("status --json") == .run(["status", "--json"]))
        #expect(
            try decide("status --week=last --team --plain --width 100")
                == .run(
                    ["status", "--week=last", "--team", "--plain", "--width", "100"]))
        #expect(try decide("history --weeks 12") == .run(["history", "--weeks", "12"]))
        // A week back from now, as on the command line (weekboard joins it into --week=-1).
        #expect(try decide("status --week -1") == .run(["status", "--week", "-1"]))
        #expect(try decide("log --by priya") == .run(["log", "--by", "priya"]))
        #expect(try decide("okr list") == .run(["okr", "list"]))
        #expect(try decide("project list --json") == .run(["project", "list", "--json"]))
        #expect(try decide("calls list --weeks 8") == .run(["calls", "list", "--weeks", "8"]))
        #expect(try decide("export weeknote --week last") == .run(["export", "weeknote", "--week", "last"]))
        #expect(try decide("export highlight --format csv") == .run(["export", "highlight", "--format", "csv"]))
        #expect(
            try decide("export contacts --weeks 8 --format csv")
                == .run(["export", "contacts", "--weeks", "8", "--format", "csv"]))
        #expect(refusal("export contacts --out x.html") != nil)
        // The list of callers is for editors; a viewer sees counts only.
        #expect(refusal("calls followups")?.contains("this key is a viewer's") == true)
        #expect(try decide("calls followups --open", role: .editor) == .run(["calls", "followups", "--open"]))
        #expect(try decide("status --help") == .run(["status", "--help"]))
        #expect(
            refusal("goal done 1")
                == "'goal done' changes the store, and this key is a viewer's ('help' lists what it may run)")
        #expect(refusal("focus set Hello")?.contains("viewer") == true)
        #expect(refusal("undo")?.contains("viewer") == true)
        #expect(refusal("calls import -")?.contains("viewer") == true)
    }

    @Test("an editor may also change their week, the board and contacts")
    func editor() throws {
        #expect(try decide("goal done 1", role: .editor) == .run(["goal", "done", "1"]))
        #expect(
            try decide("goal set 2 'Sign the contract' --week next", role: .editor)
                == .run(
                    ["goal", "set", "2", "Sign the contract", "--week", "next"]))
        #expect(
            try decide("project status Voids red --note 'Contractor left'", role: .editor)
                == .run(
                    ["project", "status", "Voids", "red", "--note", "Contractor left"]))
        #expect(
            try decide("okr update 1 2 --current=-5", role: .editor)
                == .run(
                    ["okr", "update", "1", "2", "--current=-5"]))
        #expect(try decide("calls import - --dry-run", role: .editor) == .run(["calls", "import", "-", "--dry-run"]))
        #expect(
            try decide("goal set 1 -- --not-an-option", role: .editor)
                == .run(
                    ["goal", "set", "1", "--", "--not-an-option"]))
        #expect(try decide("undo --list", role: .editor) == .run(["undo", "--list"]))
    }

    @Test("never over SSH: other stores, other people, set-up, paths on the server, destructive commands")
    func never() {
        for role in AccessRole.allCases {
            #expect(
                refusal("init", role: role) == "'init' is not available over SSH ('help' lists what this key may run)")
            #expect(refusal("access list", role: role)?.hasPrefix("'access' is not available") == true)
            #expect(refusal("gate --as root", role: role)?.hasPrefix("'gate' is not available") == true)
            #expect(refusal("generate", role: role)?.hasPrefix("'generate'") == true)
            #expect(refusal("calls rotate-key --yes", role: role) == "'calls rotate-key' is not available over SSH")
            #expect(refusal("okr add-objective X", role: role) == "'okr add-objective' is not available over SSH")
            #expect(refusal("export weeknote --out /tmp/x", role: role)?.hasPrefix("'--out' is not available") == true)
            #expect(refusal("export weeknote --out=/tmp/x", role: role)?.hasPrefix("'--out' is not available") == true)
            #expect(refusal("log --prune-before 2030-01-01 --yes", role: role)?.contains("--prune-before") == true)
            #expect(refusal("calls import /etc/passwd", role: .editor)?.contains("never a file on the server") == true)
            for spelling in [
                "--store=/etc status", "--store /etc status", "status --store=/etc", "status --store /etc",
                "status '--store=/etc'", "status \"--store\"=/etc", "status --st\"ore=/etc\"", "status --store\\=/etc",
                "status --person=root", "goal done 1 --person root", "status -s /etc", "status --STORE=/etc",
            ] {
                let r = refusal(spelling, role: .editor)
                #expect(r?.contains("is not available over SSH") == true, "\(spelling): \(r ?? "accepted")")
            }
        }
    }

    @Test("shell syntax is refused, not run and not passed on")
    func hostile() {
        let cases = [
            "status; sh", "status;sh", "status && sh", "status || sh", "status | sh", "status $(id)", "status `id`",
            "status > /tmp/x", "status < /etc/passwd", "status &", "status\nsh", "status\rsh", "status ~root",
            "status #x", "status *", "goal set 1 \"$(id)\"", "goal set 1 \"`id`\"", "status ${IFS}",
            "status 'unclosed", "status \"unclosed", "status \\",
        ]
        for c in cases {
            #expect(refusal(c, role: .editor) != nil, "accepted: \(c)")
        }
        #expect(
            refusal("status; sh")
                == "';' is not allowed over SSH: no shell runs your command (quote it, ';', if it is part of a text)")
        #expect(refusal("status\nsh") == "the command holds a line break; send one command on one line")
        #expect(refusal(String(repeating: "a", count: 5000))?.contains("at most 4096") == true)
        #expect(refusal(Array(repeating: "x", count: 100).joined(separator: " "))?.contains("more than 64") == true)
        #expect(refusal("WEEKBOARD_STORE=/etc status")?.contains("is not available over SSH") == true)
        #expect(refusal("sh -c id")?.contains("'sh' is not available") == true)
        #expect(refusal("goal")?.hasPrefix("'goal' needs one of") == true)
        #expect(refusal("status --json=yes") == "'--json' takes no value")
        #expect(refusal("status --week") == "'--week' needs a value (one starting with '-' as --week=-5)")
        #expect(refusal("status --week -x") == "'--week' needs a value (one starting with '-' as --week=-5)")
        #expect(refusal("history --weeks -1") == "'--weeks' needs a value (one starting with '-' as --weeks=-5)")
        #expect(refusal("status extra")?.contains("takes no 'extra'") == true)
    }

    @Test("help lists what the key may run, and no more")
    func help() {
        let viewer = GateCommandLine.help(name: "sam", role: .viewer, person: "sam").joined(separator: "\n")
        #expect(viewer.contains("status [--week W]"))
        #expect(!viewer.contains("goal done"))
        let editor = GateCommandLine.help(name: "priya", role: .editor, person: "priya.shah").joined(separator: "\n")
        #expect(editor.contains("goal done N"))
        #expect(editor.contains("priya.shah's week"))
        #expect(!editor.contains("init"))
    }
}

extension GateCommandLineTests {
    @Test("corrections over SSH: an editor may rename, edit, archive and amend; removing a project is not offered")
    func corrections() throws {
        #expect(try decide("note list --week last") == .run(["note", "list", "--week", "last"]))
        #expect(refusal("note edit watch 1 x") != nil, "a viewer may not edit")
        for command in [
            "note edit watch 1 'Damp survey'", "note remove next 2", "project rename Voids 'Void repairs'",
            "project edit Voids --owner 'Jo Okafor' --due 2026-12-18", "project archive Voids", "project restore Voids",
            "project status Voids --withdraw", "project status Voids amber --amend --note Late",
            "programme rename Plan 'Repairs Plan'", "programme archive Plan", "calls rename Reapirs Repairs",
            "calls remove Repairs --week last",
        ] {
            #expect(throws: Never.self, "\(command)") { try decide(command, role: .editor) }
        }
        #expect(refusal("project remove Voids --yes", role: .editor) != nil)
    }
}
