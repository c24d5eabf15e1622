import Foundation
import Testing
import WeekboardTestSupport

/// Projects and programmes corrected where they are, each undoable through the journal.
@Suite("CLI: correcting projects and programmes")
struct CLIProjectEditTests {
    func board(_ cli: CLIRunner, _ extra: String...) throws -> [[String: Any]] {
        let r = try cli.run(["project", "list", "--json"] + extra)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        return (json?["programmes"] as? [[String: Any]] ?? []).flatMap { $0["projects"] as? [[String: Any]] ?? [] }
    }

    func project(_ cli: CLIRunner, _ name: String) throws -> [String: Any]? {
        try board(cli).first { $0["name"] as? String == name }
    }

    func setUp() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run("project", "add", "Void repairs", "--programme", "12 Point Plan", "--owner", "Priya Shah")
        try cli.run("project", "add", "Voids audit", "--programme", "12 Point Plan", "--status", "amber")
        try cli.run("project", "add", "Damp triage", "--programme", "Housing", "--status", "red")
        try cli.run("project", "status", "Damp triage", "amber", "--note", "Surveyors found")
        return cli
    }

    @Test("names match ignoring case or by a unique start; an ambiguous or unknown name lists the candidates")
    func matching() throws {
        let cli = try setUp()
        defer { cli.cleanUp() }
        #expect(try cli.run("project", "status", "damp", "green").out == "Damp triage moved from Amber to Green.\n")
        #expect(try cli.run("project", "status", "VOID R", "amber").out == "Void repairs moved from Green to Amber.\n")
        let before = cli.snapshotFiles()
        let ambiguous = try cli.run("project", "status", "void", "green")
        #expect(ambiguous.code == 2)
        #expect(
            ambiguous.err.contains(
                "'void' could be any of 2 projects: Void repairs, Voids audit; type more of the name"),
            "\(ambiguous.err)")
        let unknown = try cli.run("project", "status", "Lifts", "green")
        #expect(unknown.code == 2)
        #expect(
            unknown.err.contains("no project called 'Lifts' (projects include: Damp triage, Void repairs, Voids audit)")
        )
        let dupe = try cli.run("project", "add", "Lifts", "--programme", "housing")
        #expect(dupe.code == 2)
        #expect(dupe.err.contains("there is already a programme called 'Housing': use that spelling"), "\(dupe.err)")
        #expect(cli.snapshotFiles() == before)
    }

    @Test("rename carries the history; undo gives the old name back with everything it had")
    func renameAndUndo() throws {
        let cli = try setUp()
        defer { cli.cleanUp() }
        let before = try project(cli, "Damp triage")
        #expect(
            try cli.run("project", "rename", "damp", "Damp and mould triage").out
                == "Renamed Damp triage to Damp and mould triage.\n")
        let renamed = try project(cli, "Damp and mould triage")
        #expect((renamed?["history"] as? [Any])?.count == 2)
        #expect(try project(cli, "Damp triage") == nil)
        let taken = try cli.run("project", "rename", "Void repairs", "voids AUDIT")
        #expect(taken.code == 2 && taken.err.contains("a project called 'Voids audit' already exists"))
        #expect(try cli.run("undo").code == 0)
        let back = try project(cli, "Damp triage")
        #expect(try project(cli, "Damp and mould triage") == nil)
        #expect(back?["note"] as? String == before?["note"] as? String)
        #expect((back?["history"] as? [[String: Any]])?.map { $0["status"] as? String } == ["red", "amber"])
        #expect(try cli.run("project", "status", "Damp triage", "green").code == 0)
    }

    @Test("edit changes only what is given; archive hides, restore brings back; remove needs --yes; undo each")
    func editArchiveRestoreRemove() throws {
        let cli = try setUp()
        defer { cli.cleanUp() }
        let e = try cli.run(
            "project", "edit", "void r", "--owner", "Jo Okafor", "--milestone", "Backlog under 20", "--due",
            "2026-12-18", "--programme", "Housing")
        #expect(e.out == "Void repairs: owner, milestone, due date, programme changed.\n", "\(e.err)")
        var p = try project(cli, "Void repairs")
        #expect(p?["owner"] as? String == "Jo Okafor" && p?["programme"] as? String == "Housing")
        #expect((p?["milestone"] as? [String: Any])?["due"] as? String == "2026-12-18")
        #expect(try cli.run("undo").code == 0)
        p = try project(cli, "Void repairs")
        #expect(p?["owner"] as? String == "Priya Shah" && p?["programme"] as? String == "12 Point Plan")
        #expect(try cli.run("project", "edit", "Void repairs").code == 2)

        #expect(try cli.run("project", "archive", "voids").out.hasPrefix("Archived Voids audit: off the board"))
        #expect(try project(cli, "Voids audit") == nil)
        #expect(!(try cli.run("status").out.contains("Voids audit")))
        #expect(try board(cli, "--archived").map { $0["name"] as? String } == ["Voids audit"])
        let archived = try cli.run("project", "edit", "voids", "--owner", "Sam")
        #expect(archived.code == 2)
        #expect(
            archived.err.hasSuffix(
                ": 'Voids audit' is archived: 'weekboard project restore Voids audit' brings it back first\n"))
        #expect(try cli.run("project", "status", "Voids audit", "red").code == 2)
        #expect(
            try cli.run("project", "restore", "void r").err.hasSuffix(
                ": 'Void repairs' is on the board, not archived\n"))
        #expect(try cli.run("undo").code == 0)
        #expect(try project(cli, "Voids audit") != nil)
        try cli.run("project", "archive", "Voids audit")
        #expect(try cli.run("project", "restore", "voids").out == "Restored Voids audit to 12 Point Plan.\n")
        #expect(try project(cli, "Voids audit") != nil)

        let refused = try cli.run("project", "remove", "Voids audit")
        #expect(refused.code == 2 && refused.err.contains("add --yes"))
        #expect(
            try cli.run("project", "remove", "Voids audit", "--yes").out
                == "Removed Voids audit and its 1 status update.\n")
        #expect(try project(cli, "Voids audit") == nil)
        #expect(try cli.run("undo").code == 0)
        #expect(try project(cli, "Voids audit")?["status"] as? String == "amber")
    }

    @Test("status --amend corrects the latest update, --withdraw takes it back; a status without a note clears it")
    func amendWithdraw() throws {
        let cli = try setUp()
        defer { cli.cleanUp() }
        let a = try cli.run("project", "status", "Damp triage", "amber-red", "--amend", "--note", "Two surveyors found")
        #expect(a.out == "Damp triage: the update of 2026-11-24 now says Amber/Red: Two surveyors found.\n", "\(a.err)")
        var p = try project(cli, "Damp triage")
        #expect((p?["history"] as? [[String: Any]])?.map { $0["status"] as? String } == ["red", "amber-red"])
        #expect(p?["note"] as? String == "Two surveyors found")
        #expect(try cli.run("project", "status", "Damp triage", "green").code == 0)
        #expect(try project(cli, "Damp triage")?["note"] == nil, "a status without a note clears the note shown")
        let w = try cli.run("project", "status", "Damp triage", "--withdraw")
        #expect(w.out == "Withdrew Damp triage's update of 2026-11-24 (Green); it is Amber/Red again.\n")
        p = try project(cli, "Damp triage")
        #expect(p?["note"] as? String == "Two surveyors found")
        #expect(try cli.run("undo").code == 0)
        #expect(try project(cli, "Damp triage")?["status"] as? String == "green")
        let first = try cli.run("project", "status", "Voids audit", "--withdraw")
        #expect(first.code == 2 && first.err.contains("has only the update it was added with"))
        #expect(try cli.run("project", "status", "Voids audit").code == 64)
    }

    @Test("programme rename (and merge into an existing one), programme archive; undo")
    func programmes() throws {
        let cli = try setUp()
        defer { cli.cleanUp() }
        #expect(
            try cli.run("programme", "rename", "12 point", "Repairs Plan").out
                == "Renamed the programme 12 Point Plan to Repairs Plan (2 projects).\n")
        #expect(try project(cli, "Voids audit")?["programme"] as? String == "Repairs Plan")
        #expect(
            try cli.run("programme", "rename", "Repairs", "HOUSING").out
                == "Merged Repairs Plan into Housing (2 projects moved).\n")
        #expect(Set(try board(cli).map { $0["programme"] as? String }) == ["Housing"])
        #expect(try cli.run("undo").code == 0)
        #expect(
            try cli.run("programme", "archive", "housing").out.hasPrefix("Archived the programme Housing (1 project"))
        #expect(try project(cli, "Damp triage") == nil)
        #expect(try cli.run("undo").code == 0)
        #expect(try project(cli, "Damp triage") != nil)
    }

    @Test("complete projects leave the board four weeks after their last update unless --show-complete")
    func completeLeaves() throws {
        var cli = try setUp()
        defer { cli.cleanUp() }
        try cli.run("project", "status", "Voids audit", "blue")
        #expect(try cli.run("status").out.contains("Voids audit"))
        cli.env["WEEKBOARD_TODAY"] = "2026-12-29"
        #expect(!(try cli.run("status").out.contains("Voids audit")))
        #expect(try cli.run("status", "--show-complete").out.contains("Voids audit"))
        #expect(try cli.run("status", "--week", "2026-W48").out.contains("Voids audit"))
        #expect(try project(cli, "Voids audit") == nil)
        #expect(try cli.run("project", "list", "--show-complete").out.contains("Voids audit"))
    }
}
