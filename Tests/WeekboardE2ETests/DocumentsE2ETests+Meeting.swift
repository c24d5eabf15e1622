import Foundation
import Testing
import WeekboardTestSupport

/// `weekboard board meeting` in the real binary: an item a screen, a decision recorded as it is made and
/// an action agreed (both journalled), and the minutes written at the end.
extension DocumentsE2ETests {
    @Test("a board meeting steps to the decision, records it and an action, and writes the minutes")
    func boardMeeting() throws {
        let (cli, folder) = try demo()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        let tmux = try open(cli, in: folder, extra: "board meeting --programme 'Technical Services 12 Point Plan'")
        try tmux.waitFor("Board meeting · 24 November 2026")
        var screen = try tmux.screen()
        #expect(screen.contains("item 1 of 10"), "\(screen)")
        #expect(screen.contains("Exception: New red") && screen.contains("Owner: Tom Okafor"))
        #expect(screen.contains("Asked: Agree a recovery plan with the owner."))
        for _ in 0..<5 { try tmux.keys("n") }
        try tmux.waitFor("Decision requested (decision 1)")
        screen = try tmux.screen()
        #expect(screen.contains("Owner: Programme board") && screen.contains("Fund three more agency surveyors"))
        #expect(screen.contains("item 6 of 10"))

        try tmux.keys("d")
        try tmux.waitFor("what was decided")
        try tmux.type("A: fund from reserves")
        try tmux.keys("Enter")
        try tmux.waitFor("decided by")
        try tmux.keys("Enter")  // the decider offered: Programme board
        try tmux.waitFor("Decided: A: fund from reserves (by Programme board)")
        try tmux.keys("a")
        try tmux.waitFor("what is to be done")
        try tmux.type("Recruit three surveyors")
        try tmux.keys("Enter", "C-u")
        try tmux.type("Tom Okafor")
        try tmux.keys("Enter")
        try tmux.type("2026-12-04")
        try tmux.keys("Enter")
        try tmux.waitFor("Recruit three surveyors · Tom Okafor · due 4 Dec 2026")
        try tmux.keys("Escape")
        try tmux.waitFor("minutes written to")
        #expect(try tmux.screen().contains("Meeting closed: 1 decision, 1 action"))

        let minutes = try String(
            contentsOf: folder.appendingPathComponent("board-minutes-2026-11-24.md"), encoding: .utf8)
        #expect(minutes.hasPrefix("# Technical Services: programme board minutes, 24 November 2026\n"), "\(minutes)")
        #expect(
            minutes.contains(
                "- **Damp and mould triage**, decision 1: Fund three more agency surveyors to March? "
                    + "Decided: A: fund from reserves (by Programme board, 24 November 2026)."), "\(minutes)")
        #expect(
            minutes.contains(
                "- **Damp and mould triage**: Recruit three surveyors Owner: Tom Okafor, due 4 December 2026."))
        #expect(minutes.contains("## Items discussed\n\n- Exception: New red: Stores and van stock (owner Tom Okafor)"))
        // Recorded in the store like any change: journalled, attributed and listed.
        #expect(try cli.run("decision", "list").out.contains("No open decisions"))
        let log = try cli.run("log").out
        #expect(log.contains("alex (dashboard)  Decision 1 on Damp and mould"), "\(log)")
        #expect(log.contains("Action 2 on Damp and mould"))  // the demo's project has one action already
        try quit(tmux)
    }
}
