import Foundation
import Testing
import WeekboardTestSupport

/// Goals can be corrected where they were made: cleared, moved, replaced, carried from further back.
@Suite("CLI: correcting goals")
struct CLIGoalEditTests {
    /// Each slot's goal, nil for an empty slot (`status --json` gives it as `{"slot": N}`).
    private func goals(_ cli: CLIRunner) throws -> [[String: Any]?] {
        let json = try cli.statusJSON()
        return (json["goals"] as? [[String: Any]] ?? []).map { $0["text"] == nil ? nil : $0 }
    }

    @Test("goal clear empties the slot; undo puts the goal back as it was")
    func clear() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "2", "Publish the winter plan")
        try cli.run("goal", "nearly", "2")
        let r = try cli.run("goal", "clear", "2")
        #expect(r.code == 0)
        #expect(r.out == "Goal 2 cleared (it was “Publish the winter plan”).\n")
        #expect(try goals(cli)[1] == nil)
        #expect(try cli.run("undo").out == "Undid: Goal 2 cleared (it was “Publish the winter plan”)\n")
        let back = try goals(cli)[1]
        #expect(back?["text"] as? String == "Publish the winter plan")
        #expect(back?["state"] as? String == "nearly")
    }

    @Test("goal clear and move refuse what cannot be done, with exit 2 and nothing written")
    func badInput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "Only goal")
        let before = cli.snapshotFiles()
        for (args, said) in [
            (["goal", "clear", "2"], "goal 2 is already empty"),
            (["goal", "clear", "4"], "goal 4 does not exist: goals are 1, 2 or 3"),
            (["goal", "move", "1", "1"], "goal 1 is already in slot 1"),
            (["goal", "move", "2", "3"], "goals 2 and 3 are both empty: nothing to move"),
            (["goal", "move", "1", "0"], "goal 0 does not exist"),
        ] {
            let r = try cli.run(args)
            #expect(r.code == 2, "\(args)")
            #expect(r.err.contains(said), "\(args): \(r.err)")
            #expect(r.out.isEmpty)
        }
        #expect(cli.snapshotFiles() == before)
    }

    @Test("goal move swaps two slots, state and all; undo swaps them back")
    func move() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "First")
        try cli.run("goal", "done", "1")
        try cli.run("goal", "set", "3", "Third")
        let r = try cli.run("goal", "move", "1", "3")
        #expect(r.out == "Goal 1 moved to 3; goal 3 moved to 1.\n")
        var g = try goals(cli)
        #expect(g.map { $0?["text"] as? String } == ["Third", nil, "First"])
        #expect(g[2]?["state"] as? String == "done")
        #expect(try cli.run("goal", "move", "3", "2").out == "Goal 3 moved to 2.\n")
        #expect(try cli.run("undo").code == 0)
        #expect(try cli.run("undo").code == 0)
        g = try goals(cli)
        #expect(g.map { $0?["text"] as? String } == ["First", nil, "Third"])
        #expect(g[0]?["state"] as? String == "done")
    }

    @Test("a new goal in a slot that held a done one starts open; the same text again changes nothing")
    func replaceStartsOpen() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "Old goal")
        try cli.run("goal", "done", "1")
        #expect(try cli.run("goal", "set", "1", "Old goal").out == "Goal 1 unchanged.\n")
        #expect(try goals(cli)[0]?["state"] as? String == "done")
        let r = try cli.run("goal", "set", "1", "New goal")
        #expect(r.out == "Goal 1 set (open; the goal it replaced was done).\n")
        #expect(try goals(cli)[0]?["state"] as? String == "open")
        #expect(try cli.run("undo").code == 0)
        let back = try goals(cli)[0]
        #expect(back?["text"] as? String == "Old goal")
        #expect(back?["state"] as? String == "done")
    }

    @Test("carry reaches back to the most recent week with goals and says which; undo takes it back")
    func carryFromFurtherBack() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "1", "Finish the audit", "--week", "2026-W45")
        try cli.run("goal", "set", "2", "Old open goal", "--week", "2026-W43")
        try cli.run("focus", "set", "A week off goals", "--week", "2026-W47")
        let r = try cli.run("goal", "carry")
        #expect(r.out == "Carried 1 goal from 2026-W45, the last week with goals.\n", "\(r.err)")
        #expect(try goals(cli)[0]?["text"] as? String == "Finish the audit")
        #expect(try cli.run("undo").code == 0)
        #expect(try goals(cli)[0] == nil)
        // Five weeks back is out of reach.
        let far = try cli.run("goal", "carry", "--week", "2026-W50")
        #expect(far.out == "Nothing to carry: no goals in the 4 weeks before 2026-W50.\n", "\(far.err)")
    }

    @Test("goal carry --from-notes makes goals of last week's next-week notes")
    func carryFromNotes() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("note", "add", "next", "Sign off the damp survey", "--week", "last")
        try cli.run("note", "add", "next", "Brief the new housing officer", "--week", "last")
        try cli.run("goal", "set", "1", "Already set")
        let r = try cli.run("goal", "carry", "--from-notes")
        #expect(r.out == "2 goals set from 2026-W47's “next week” notes.\n", "\(r.err)")
        #expect(
            try goals(cli).map { $0?["text"] as? String } == [
                "Already set", "Sign off the damp survey", "Brief the new housing officer",
            ])
        #expect(try cli.run("undo").code == 0)
        #expect(try goals(cli).map { $0?["text"] as? String } == ["Already set", nil, nil])
    }

    @Test("fewer than three goals: status, --json and the weeknote say how many were set")
    func scoreOfGoalsSet() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("goal", "set", "2", "The one goal")
        try cli.run("goal", "done", "2")
        #expect(try cli.run("status").out.contains("GOALS  met 1 of 1 goal set"))
        let score = try cli.statusJSON()["score"] as? [String: Any]
        #expect(score?["met"] as? Int == 1 && score?["set"] as? Int == 1 && score?["of"] as? Int == 3)
        #expect(try cli.run("export", "weeknote").out.contains("We met 1 of 1 goal set."))
        try cli.run("goal", "set", "1", "Another")
        #expect(try cli.run("status").out.contains("GOALS  met 1 of 2 goals set"))
    }
}
