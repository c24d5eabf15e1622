import Foundation
import Testing
import WeekboardTestSupport

/// The RAID log from the command line, through the real binary: each kind added, edited, closed and
/// undone; the journal's lines; the lists as text and JSON; a past week as it stood; and bad input.
@Suite("CLI: risks, issues, decisions and actions")
struct CLIRAIDTests {
    func board(_ cli: CLIRunner) throws -> [[String: Any]] {
        let data = try Data(contentsOf: cli.store.appendingPathComponent("board.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["projects"] as? [[String: Any]] ?? []
    }

    /// The current version of item `n` of `kind` ("risks"…) of the first project, from board.json.
    func current(_ cli: CLIRunner, _ kind: String, _ n: Int) throws -> [String: Any]? {
        let items = try board(cli).first?[kind] as? [[String: Any]]
        guard let items, items.count >= n else { return nil }
        return (items[n - 1]["history"] as? [[String: Any]])?.last
    }

    func listJSON(_ cli: CLIRunner, _ args: String...) throws -> [[String: Any]] {
        let out = try cli.run(args + ["--json"]).out
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        let projects = json?["projects"] as? [[String: Any]] ?? []
        return projects.first?["items"] as? [[String: Any]] ?? []
    }

    @Test("a risk added, edited, closed and each step undone; the list and log say so")
    func risk() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Damp and mould", "--programme", "Housing")
        #expect(
            try cli.run(
                "risk", "add", "damp", "Contractor may not start", "--likelihood", "4", "--impact", "5", "--owner",
                "Sam Jones", "--mitigation", "Second supplier", "--review", "2026-12-01"
            ).out == "Risk 1 on Damp and mould: Contractor may not start (score 20).\n")
        #expect(
            try cli.run("risk", "list").out == """
                Damp and mould
                   1  [score 20 (L4 × I5)]  Contractor may not start  (Sam Jones)  review 2026-12-01
                        Mitigation: Second supplier

                """)
        #expect(
            try cli.run("risk", "edit", "DAMP", "1", "--likelihood", "2", "--owner", "Pat").out
                == "Risk 1 on Damp and mould: likelihood, owner changed.\n")
        let items = try listJSON(cli, "risk", "list")
        #expect(items.first?["score"] as? Int == 10 && items.first?["owner"] as? String == "Pat")
        #expect(items.first?["number"] as? Int == 1 && items.first?["open"] as? Bool == true)
        #expect(
            try cli.run("risk", "close", "damp", "1").out
                == "Risk 1 on Damp and mould closed: Contractor may not start.\n")
        #expect(try cli.run("risk", "list").out == "No open risks.\n")
        #expect(try cli.run("risk", "list", "--all").out.contains("[score 10 (L2 × I5), closed]"))
        #expect(try cli.run("log").out.contains("Risk 1 on Damp and mould closed"))
        #expect(try current(cli, "risks", 1)?["closed"] as? Bool == true)
        #expect(try cli.run("undo").out == "Undid: Risk 1 on Damp and mould closed: Contractor may not start\n")
        #expect(try current(cli, "risks", 1)?["closed"] as? Bool == false)
        #expect(try cli.run("undo").out.hasPrefix("Undid: Risk 1 on Damp and mould: likelihood, owner changed"))
        #expect(try current(cli, "risks", 1)?["likelihood"] as? Int == 4)
        try cli.run("undo")
        #expect(try board(cli).first?["risks"] == nil)
    }

    @Test("an issue added, edited, closed and undone")
    func issue() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        #expect(
            try cli.run(
                "issue", "add", "lifts", "Lift 3 out of service", "--severity", "4", "--owner", "Kim", "--action",
                "Engineer booked", "--due", "2026-11-27"
            ).out == "Issue 1 on Lifts: Lift 3 out of service (severity 4).\n")
        #expect(
            try cli.run("issue", "list", "Lifts").out == """
                Lifts
                   1  [severity 4]  Lift 3 out of service  (Kim)  due 2026-11-27
                        Action: Engineer booked

                """)
        #expect(
            try cli.run("issue", "edit", "lifts", "1", "--severity", "5").out == "Issue 1 on Lifts: severity changed.\n"
        )
        #expect(try cli.run("issue", "close", "lifts", "1").out == "Issue 1 on Lifts closed: Lift 3 out of service.\n")
        #expect(try current(cli, "issues", 1)?["closed"] as? Bool == true)
        try cli.run("undo")
        #expect(try current(cli, "issues", 1)?["closed"] as? Bool == false)
        #expect(try current(cli, "issues", 1)?["severity"] as? Int == 5)
        try cli.run("undo")
        #expect(try current(cli, "issues", 1)?["severity"] as? Int == 4)
        try cli.run("undo")
        #expect(try board(cli).first?["issues"] == nil)
    }

    @Test("a decision asked, decided with who decided, listed, and undone")
    func decision() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        #expect(
            try cli.run(
                "decision", "add", "lifts", "Extend the contract?", "--options", "A: 3 months; B: re-tender",
                "--decider", "Programme board", "--by", "2026-12-01"
            ).out == "Decision 1 on Lifts asked: Extend the contract?.\n")
        #expect(try cli.run("decision", "list").out.contains("Extend the contract?  (Programme board)  by 2026-12-01"))
        #expect(
            try cli.run("decision", "decide", "lifts", "1", "A: extend by 3 months", "--by-whom", "Board").out
                == "Decision 1 on Lifts recorded: A: extend by 3 months.\n")
        let d = try current(cli, "decisions", 1)
        #expect(d?["outcome"] as? String == "A: extend by 3 months")
        #expect(d?["decidedBy"] as? String == "Board" && d?["decidedOn"] as? String == "2026-11-24")
        #expect(try cli.run("decision", "list").out == "No open decisions.\n")
        let again = try cli.run("decision", "decide", "lifts", "1", "B")
        #expect(again.code == 2 && again.err.contains("decision 1 on Lifts was already decided"), "\(again.err)")
        #expect(try cli.run("log").out.contains("Decision 1 on Lifts recorded: A: extend by 3 months"))
        try cli.run("undo")
        #expect(try current(cli, "decisions", 1)?["outcome"] == nil)
        try cli.run("undo")
        #expect(try board(cli).first?["decisions"] == nil)
    }

    @Test("an action added, done and undone; the one who decided defaults to who records it")
    func action() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        #expect(
            try cli.run("action", "add", "lifts", "Write to residents", "--owner", "Kim", "--due", "2026-11-27").out
                == "Action 1 on Lifts: Write to residents (Kim).\n")
        #expect(try cli.run("action", "done", "lifts", "1").out == "Action 1 on Lifts done: Write to residents.\n")
        #expect(
            try cli.run("action", "list", "--all").out.contains("[done]  Write to residents  (Kim)  due 2026-11-27"))
        try cli.run("undo")
        #expect(try current(cli, "actions", 1)?["done"] as? Bool == false)
        try cli.run("undo")
        #expect(try board(cli).first?["actions"] == nil)
        try cli.run("decision", "add", "lifts", "Go?")
        try cli.run("decision", "decide", "lifts", "1", "Yes")
        #expect(try current(cli, "decisions", 1)?["decidedBy"] as? String == "alex")
    }

    @Test("dimension ratings and tolerances; a status update's this period and next period lines")
    func dimensionsAndPeriods() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        #expect(
            try cli.run(
                "project", "edit", "lifts", "--time", "red", "--cost", "amber-green", "--tolerance", "±2 weeks"
            )
            .out == "Lifts: time, cost, tolerance changed; forecast outside tolerance: time.\n")
        let ratings = (try board(cli).first?["ratings"] as? [String: Any])?["history"] as? [[String: Any]]
        #expect(ratings?.last?["time"] as? String == "red" && ratings?.last?["cost"] as? String == "amber-green")
        #expect(ratings?.last?["tolerance"] as? String == "±2 weeks")
        #expect(try cli.run("project", "edit", "lifts", "--time", "amber").out == "Lifts: time changed.\n")
        try cli.run("undo")
        try cli.run(
            "project", "status", "lifts", "amber", "--done", "Survey done", "--done", "Parts ordered", "--next",
            "Fit parts")
        let update = (try board(cli).first?["history"] as? [[String: Any]])?.last
        #expect(update?["done"] as? [String] == ["Survey done", "Parts ordered"])
        #expect(update?["next"] as? [String] == ["Fit parts"])
        let bad = try cli.run("project", "edit", "lifts", "--scope", "purple")
        #expect(bad.code != 0 && bad.err.contains("purple"), "\(bad.err)")
    }

    @Test("a past week's list shows a risk as it stood then")
    func pastWeek() throws {
        var cli = CLIRunner(today: "2026-11-17")
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        try cli.run("risk", "add", "lifts", "Parts late", "--likelihood", "4", "--impact", "4", "--owner", "Kim")
        cli.env["WEEKBOARD_TODAY"] = "2026-11-25"
        try cli.run("risk", "edit", "lifts", "1", "--likelihood", "1")
        try cli.run("risk", "close", "lifts", "1")
        try cli.run("risk", "add", "lifts", "Winter", "--likelihood", "3", "--impact", "3", "--owner", "Sam")
        let then = try cli.run("risk", "list", "--week", "2026-W47").out
        #expect(
            then == """
                As at 22 November 2026
                Lifts
                   1  [score 16 (L4 × I4)]  Parts late  (Kim)

                """, "\(then)")
        let now = try cli.run("risk", "list", "--all").out
        #expect(now.contains("[score 4 (L1 × I4), closed]  Parts late") && now.contains("2  [score 9"), "\(now)")
    }

    @Test("bad numbers, an unknown project, a number out of range: a clear error, exit 2, nothing written")
    func badInput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        try cli.run("risk", "add", "lifts", "Parts late", "--likelihood", "4", "--impact", "4", "--owner", "Kim")
        let before = cli.snapshotFiles()
        for (args, said) in [
            (
                ["risk", "add", "lifts", "X", "--likelihood", "6", "--impact", "1", "--owner", "K"],
                "--likelihood must be 1 to 5, not 6"
            ),
            (["risk", "edit", "lifts", "1", "--impact", "0"], "--impact must be 1 to 5, not 0"),
            (["issue", "add", "lifts", "X", "--severity", "9", "--owner", "K"], "--severity must be 1 to 5, not 9"),
            (["risk", "close", "lifts", "2"], "Lifts has 1 risk (number 1): 2 is not one of them"),
            (["risk", "edit", "lifts", "0", "--owner", "K"], "Lifts has 1 risk (number 1): 0 is not one of them"),
            (["issue", "close", "lifts", "1"], "Lifts has no issues yet"),
            (["action", "done", "lifts", "1"], "Lifts has no actions yet"),
            (["decision", "decide", "lifts", "1", "Yes"], "Lifts has no decisions yet"),
            (["risk", "add", "nowhere", "X", "--likelihood", "1", "--impact", "1", "--owner", "K"], "nowhere"),
            (["risk", "edit", "lifts", "1"], "nothing to change on risk 1 of Lifts"),
            (["action", "add", "lifts", "  ", "--owner", "K"], "action cannot be empty"),
            (["issue", "add", "lifts", "X", "--severity", "2", "--owner", "K", "--due", "someday"], "--due:"),
        ] {
            let r = try cli.run(args)
            #expect(r.code == 2, "\(args): \(r.code) \(r.err)")
            #expect(r.err.contains(said), "\(args): \(r.err)")
        }
        let unknown = try cli.run("risk", "add", "nowhere", "X", "--likelihood", "1", "--impact", "1", "--owner", "K")
        #expect(unknown.err.contains("no project"), "\(unknown.err)")
        #expect(cli.snapshotFiles() == before)
    }
}

@Suite("CLI: the board pack's RAID CSV")
struct CLIHighlightRAIDTests {
    @Test("export highlight --raid writes one row per item, as it stood at the end of the period; only as CSV")
    func raidCSV() throws {
        var cli = CLIRunner(today: "2026-11-17")
        defer { cli.cleanUp() }
        try cli.run("project", "add", "Lifts", "--programme", "Housing")
        try cli.run("risk", "add", "lifts", "Parts late", "--likelihood", "4", "--impact", "4", "--owner", "Kim")
        cli.env["WEEKBOARD_TODAY"] = "2026-11-25"
        try cli.run("risk", "close", "lifts", "1")
        try cli.run("action", "add", "lifts", "Chase parts", "--owner", "Sam", "--due", "2026-11-27")
        let now = try cli.run("export", "highlight", "--format", "csv", "--raid")
        #expect(now.code == 0, "\(now.err)")
        let rows = now.out.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3 && rows[0].hasPrefix("Programme,Project,Kind,Number,Title,Owner,Open"))
        #expect(rows[1].hasPrefix("Housing,Lifts,Risk,1,Parts late,Kim,no,2026-11-17,16,4,4,"), "\(rows[1])")
        #expect(rows[2].hasPrefix("Housing,Lifts,Action,1,Chase parts,Sam,yes,2026-11-25,"), "\(rows[2])")
        let then = try cli.run("export", "highlight", "--week", "2026-W47", "--format", "csv", "--raid").out
        #expect(then.split(separator: "\r\n").count == 2 && then.contains("Housing,Lifts,Risk,1,Parts late,Kim,yes,"))
        let md = try cli.run("export", "highlight", "--raid")
        #expect(md.code == 2 && md.err.contains("--raid is a CSV of RAID items") && md.out.isEmpty, "\(md.err)")
    }
}
