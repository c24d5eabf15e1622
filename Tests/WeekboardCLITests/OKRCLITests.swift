import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: okr")
struct OKRCLITests {
    @Test("add an objective and key results, update one, list as JSON")
    func flow() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(
            try cli.run("okr", "add-objective", "Cut avoidable contact").out
                == "Added objective 1: Cut avoidable contact.\n")
        let add = try cli.run(
            "okr", "add-kr", "1", "Abandoned calls", "--baseline", "12", "--target", "5", "--unit", "%")
        #expect(add.code == 0, "\(add.err)")
        #expect(
            try cli.run(
                "okr", "add-kr", "cut avoidable CONTACT", "Reported online", "--baseline", "18", "--target", "40",
                "--current", "36", "--confidence", "0.7", "--unit", "%"
            ).code == 0)
        let upd = try cli.run("okr", "update", "1", "abandoned calls", "--current", "9", "--confidence", "0.6")
        #expect(upd.code == 0, "\(upd.err)")
        #expect(upd.out.contains("Abandoned calls now 9% (43% of the way)"))

        let r = try cli.run("okr", "list", "--json")
        #expect(r.code == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let objectives = json?["objectives"] as? [[String: Any]] ?? []
        #expect(objectives.count == 1)
        #expect(objectives.first?["band"] as? String == "at-risk")
        #expect(objectives.first?["score"] as? Double == 0.623)  // mean of 3/7 and 18/22
        let krs = objectives.first?["keyResults"] as? [[String: Any]] ?? []
        #expect(krs.map { $0["number"] as? String } == ["1.1", "1.2"])
        #expect(krs.first?["current"] as? Double == 9)
        #expect(krs.first?["confidence"] as? Double == 0.6)
        #expect(krs.first?["progress"] as? Double == 0.429)

        let text = try cli.run("okr", "list").out
        #expect(text.contains("62%  ▲ At risk"))
    }

    @Test("bad values are refused with a non-zero exit and okrs.json unchanged")
    func badValues() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        _ = try cli.run("okr", "add-objective", "Cut avoidable contact")
        _ = try cli.run("okr", "add-kr", "1", "Abandoned calls", "--baseline", "12", "--target", "5")
        let before = cli.snapshotFiles()
        #expect(before["okrs.json"] != nil)
        let attempts: [([String], String)] = [
            (
                ["okr", "update", "1", "1", "--current", "9", "--confidence", "1.5"],
                "confidence must be between 0 and 1"
            ),
            (["okr", "update", "1", "1", "--current", "nan"], "current value must be a number"),
            (["okr", "update", "2", "1", "--current", "9"], "no objective '2'"),
            (["okr", "update", "1", "Unknown", "--current", "9"], "has no key result"),
            (["okr", "add-kr", "1", "Same", "--baseline", "4", "--target", "4"], "target must differ from baseline"),
            (["okr", "add-kr", "1", "X", "--baseline", "inf", "--target", "4"], "baseline must be a number"),
            (["okr", "add-objective", " "], "objective cannot be empty"),
            (["okr", "update", "1", "1", "--current", "abc"], "is invalid for '--current"),
        ]
        for (args, message) in attempts {
            let r = try cli.run(args)
            #expect(r.code != 0, "\(args) should fail")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(cli.snapshotFiles() == before, "\(args) changed the store")
        }
    }

    @Test("list on a store without OKRs says how to add one")
    func empty() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        _ = try cli.run("init")
        #expect(try cli.run("okr", "list").out == "OKRS  (none yet: weekboard okr add-objective TITLE)\n")
        #expect(try cli.run("okr", "list", "--json").out.contains("\"objectives\" : [\n\n  ]"))
    }
}
