import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: log, undo and redo")
struct UndoLogCLITests {
    @Test("undo takes back my last change, redo puts it back, log says who did what")
    func undoRedoLog() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        #expect(try cli.run("goal", "done", "1").code == 0)
        let list = try cli.run("undo", "--list")
        #expect(list.out.hasPrefix("#3 "), "\(list.out)")
        #expect(list.out.contains("alex (cli)  Goal 1 done"), "\(list.out)")
        let undo = try cli.run("undo")
        #expect(undo.code == 0)
        #expect(undo.out == "Undid: Goal 1 done\n")
        #expect((try cli.statusJSON()["goals"] as? [[String: Any]])?.first?["state"] as? String == "open")
        #expect(try cli.run("redo").out == "Redid: Goal 1 done\n")
        #expect((try cli.statusJSON()["goals"] as? [[String: Any]])?.first?["state"] as? String == "done")
        let log = try cli.run("log", "--width", "80").out.split(separator: "\n")
        #expect(log.count == 5, "\(log)")
        #expect(log[0].contains("Redid: Goal 1 done") && log[1].contains("Undid: Goal 1 done"))
        #expect(log.allSatisfy { $0.count <= 80 })
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run("log", "--json").out.utf8)) as? [String: Any]
        let changes = json?["changes"] as? [[String: Any]] ?? []
        #expect(changes.first?["kind"] as? String == "redo")
        #expect(changes.first?["target"] as? Int == 4)
        // The redo undone: it reads as the change's undo again, and redoes as before.
        #expect(try cli.run("undo").out == "Undid: Goal 1 done\n")
        #expect(try cli.run("redo").out == "Redid: Goal 1 done\n")
    }

    @Test("who moved this project to Red, and when: log --project")
    func whoMovedIt() throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(
            try cli.run("project", "add", "Damp and mould triage", "--programme", "Plan", "--status", "amber").code == 0
        )
        #expect(try cli.run("project", "add", "Voids", "--programme", "Plan").code == 0)
        cli.env["WEEKBOARD_PERSON"] = "sam"
        #expect(try cli.run("project", "status", "Damp and mould triage", "red", "--note", "Survey backlog").code == 0)
        let log = try cli.run("log", "--project", "damp and mould triage").out
        let lines = log.split(separator: "\n")
        #expect(lines.count == 2, "\(log)")
        #expect(lines[0].contains("sam (cli)  Damp and mould triage moved from Amber to Red"), "\(log)")
        #expect(lines[0].hasSuffix("moved from Amber to Red: “Survey backlog”"), "in a pipe, the line whole")
        let fitted = try cli.run("log", "--project", "damp and mould triage", "--width", "80").out
        let first = fitted.split(separator: "\n")[0]
        #expect(first.count == 80 && first.hasSuffix("…"), "--width 80 cuts a long line to 80 columns")
        let json = try cli.run("log", "--project", "Damp", "--json").out
        #expect(json.contains("Damp and mould triage moved from Amber to Red: “Survey backlog”"), "\(json)")
        #expect(try cli.run("log", "--by", "sam").out.split(separator: "\n").count == 1)
    }

    @Test("log --project follows a rename back to what happened under the old name, not to other projects")
    func logFollowsRename() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Kitchen replacements", "--programme", "Plan", "--status", "green")
        try cli.run("project", "add", "Kitchen audit", "--programme", "Plan")
        try cli.run("project", "status", "Kitchen replacements", "amber", "--note", "Supplier late")
        try cli.run("project", "rename", "Kitchen replacements", "Kitchens")
        try cli.run("project", "status", "Kitchens", "red")
        let log = try cli.run("log", "--project", "kitchens").out.split(separator: "\n").map(String.init)
        #expect(log.count == 4, "\(log)")
        #expect(log[0].contains("Kitchens moved from Amber to Red") && log[1].contains("Renamed Kitchen replacements"))
        #expect(log[2].contains("Kitchen replacements moved from Green to Amber"), "\(log)")
        #expect(log[3].contains("Added Kitchen replacements (Green)") && !log.joined().contains("Kitchen audit"))
    }

    @Test("undo refuses a field someone changed since, names them, and writes nothing")
    func refusal() throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("project", "add", "Voids", "--programme", "Plan").code == 0)
        #expect(try cli.run("project", "status", "Voids", "amber", "--note", "Contractor late").code == 0)
        cli.env["WEEKBOARD_PERSON"] = "sam"
        #expect(try cli.run("project", "status", "Voids", "green", "--note", "Contractor on site").code == 0)
        cli.env["WEEKBOARD_PERSON"] = "alex"
        let before = cli.snapshotFiles()
        let r = try cli.run("undo")
        #expect(r.code == 1)
        #expect(r.err.contains("sam changed it since"), "\(r.err)")
        #expect(r.out.isEmpty)
        #expect(cli.snapshotFiles() == before)
        #expect(try cli.run("redo").code == 1, "nothing was undone, so nothing to redo")
    }
}
