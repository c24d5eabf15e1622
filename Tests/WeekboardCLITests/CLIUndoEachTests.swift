import Foundation
import Testing
import WeekboardTestSupport

/// Every correction issue 11 added, each through the journal: it changes the store, `weekboard undo`
/// puts every file back byte for byte; and its bad inputs are a clear error with nothing written.
@Suite("CLI: each correction undone through the journal; bad inputs write nothing")
struct CLIUndoEachTests {
    /// A store with something for every command to correct.
    func fixture() throws -> CLIRunner {
        let cli = CLIRunner()
        let setUp: [[String]] = [
            ["goal", "set", "1", "Sign off the damp survey", "--week", "last"],
            ["note", "add", "next", "Brief the new housing officer", "--week", "last"],
            ["focus", "set", "Repairs backlog"],
            ["goal", "set", "1", "Agree the voids plan"], ["goal", "done", "1"],
            ["goal", "set", "2", "Publish the winter plan"],
            ["note", "add", "watch", "Damp survey backlog"], ["note", "add", "watch", "Insurance renewal"],
            ["project", "add", "Void repairs", "--programme", "12 Point Plan", "--owner", "Priya Shah"],
            ["project", "add", "Damp triage", "--programme", "Housing", "--status", "red"],
            ["project", "status", "Damp triage", "amber", "--note", "Surveyors found"],
            ["project", "add", "Lifts", "--programme", "Housing"], ["project", "archive", "Lifts"],
            ["calls", "record", "Repairs", "500", "--week", "last"], ["calls", "record", "Repairs", "300"],
            ["calls", "record", "Reapirs", "20"],
        ]
        // One import before (it makes the store's caller key, which undo never takes away), one to undo.
        let header = "timestamp,service,channel,caller\n"
        try (header + "2026-11-23 09:00,Housing,email,a@example.org\n").write(
            toFile: cli.store.path + "-first.csv", atomically: true, encoding: .utf8)
        try (header + "2026-11-24 10:00,Housing,phone,07700 900123\n2026-11-24 10:05,Repairs,web,b@example.org\n")
            .write(toFile: cli.store.path + "-second.csv", atomically: true, encoding: .utf8)
        for args in setUp + [["calls", "import", cli.store.path + "-first.csv"]] {
            let r = try cli.run(args)
            #expect(r.code == 0, "set-up \(args): \(r.err)")
        }
        return cli
    }

    func cleanUp(_ cli: CLIRunner) {
        cli.cleanUp()
        for file in ["-first.csv", "-second.csv"] { try? FileManager.default.removeItem(atPath: cli.store.path + file) }
    }

    /// The store without its journal (undo adds to the journal; every other file must come back). The
    /// board's projects are compared in name order: undo puts a renamed or removed project back at the
    /// end of the list, and nothing shows that order (the board sorts by status, then name).
    func data(_ cli: CLIRunner) throws -> [String: Data] {
        var files = cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") }
        if let board = files["board.json"], var json = try JSONSerialization.jsonObject(with: board) as? [String: Any] {
            let projects = json["projects"] as? [[String: Any]] ?? []
            json["projects"] = projects.sorted { ($0["name"] as? String ?? "") < ($1["name"] as? String ?? "") }
            files["board.json"] = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        }
        return files
    }

    static let changes: [[String]] = [
        ["goal", "clear", "2"], ["goal", "move", "1", "3"], ["goal", "set", "1", "A new goal"], ["goal", "carry"],
        ["goal", "carry", "--from-notes"],
        ["note", "add", "learning", "Residents call back"], ["note", "edit", "watch", "2", "Insurance due 1 Jan"],
        ["note", "remove", "watch", "1"],
        ["project", "add", "Gas safety", "--programme", "Housing"], ["project", "rename", "void", "Voids turnaround"],
        [
            "project", "edit", "damp", "--owner", "Jo Okafor", "--milestone", "Backlog cleared", "--due", "2026-12-18",
            "--programme", "12 Point Plan",
        ],
        ["project", "archive", "Damp triage"], ["project", "restore", "Lifts"], ["project", "remove", "void", "--yes"],
        ["project", "status", "damp", "amber-red", "--amend", "--note", "Two surveyors found"],
        ["project", "status", "damp", "--withdraw"], ["project", "status", "damp", "green"],
        ["programme", "rename", "12 point", "Repairs Plan"], ["programme", "rename", "12 Point Plan", "housing"],
        ["programme", "archive", "Housing"],
        ["calls", "record", "repairs", "1,500"], ["calls", "record", "Parking", "16", "--channel", "web chat"],
        ["calls", "rename", "reap", "Repairs"], ["calls", "rename", "Repairs", "Responsive repairs"],
        ["calls", "remove", "Reapirs"],
    ]

    @Test("each change, then undo: every store file as it was")
    func undoEach() throws {
        let cli = try fixture()
        defer { cleanUp(cli) }
        for args in Self.changes + [["calls", "import", cli.store.path + "-second.csv"]] {
            let before = try data(cli)
            let r = try cli.run(args)
            #expect(r.code == 0, "\(args): \(r.err)")
            #expect(try data(cli) != before, "\(args) changed nothing")
            let undo = try cli.run("undo")
            #expect(undo.code == 0 && undo.out.hasPrefix("Undid: "), "undo of \(args): \(undo.err)")
            let after = try data(cli)
            #expect(after == before, "undo of \(args) left \(after.keys.filter { after[$0] != before[$0] }.sorted())")
        }
    }

    static let refusals: [([String], Int32, String)] = [
        (["goal", "clear", "4"], 2, "goal 4"), (["goal", "move", "1", "1"], 2, "slot"),
        (["note", "edit", "watch", "3", "Text"], 2, "watch"), (["note", "remove", "soon", "1"], 64, "soon"),
        (["note", "edit", "watch", "1", " "], 2, "empty"),
        (["project", "rename", "void", "damp TRIAGE"], 2, "a project called 'Damp triage' already exists"),
        (["project", "edit", "Nope", "--owner", "X"], 2, "no project called 'Nope'"),
        (["project", "edit", "void", "--due", "someday"], 2, "someday"),
        (["project", "archive", "Lifts"], 2, "Lifts"), (["project", "restore", "Damp triage"], 2, "Damp triage"),
        (["project", "remove", "void"], 2, "add --yes"),
        (["project", "status", "void", "--withdraw"], 2, "has only the update it was added with"),
        (["programme", "rename", "Nope", "X"], 2, "Nope"), (["programme", "archive", "Nope"], 2, "Nope"),
        (["calls", "record", "Repairs", "-5"], 2, "count must be 0 or more, not -5"),
        (["calls", "record", "Repairs", "lots"], 2, "'lots' is not a whole number"),
        (["calls", "record", "Repairs", "5", "--channel", "pigeon"], 64, "pigeon"),
        (["calls", "record", "Repairs", "5", "--channel", "phone"], 2, "without channels"),
        (["calls", "rename", "Parking", "Car parks"], 2, "no service called 'Parking'"),
        (["calls", "rename", "Repairs", "Repairs"], 2, "already called that"),
        (["calls", "remove", "Repairs", "--week", "next"], 2, "no service"),
    ]

    @Test("bad inputs: a clear error on stderr, the exit code, nothing written")
    func refusals() throws {
        let cli = try fixture()
        defer { cleanUp(cli) }
        let before = cli.snapshotFiles()
        for (args, code, fragment) in Self.refusals {
            let r = try cli.run(args)
            #expect(r.code == code, "\(args): exit \(r.code), \(r.err)")
            #expect(r.err.lowercased().contains(fragment.lowercased()), "\(args): \(r.err)")
            #expect(r.out.isEmpty, "\(args) printed \(r.out)")
            #expect(cli.snapshotFiles() == before, "\(args) wrote something")
        }
    }
}
