import Foundation
import Testing
import WeekboardTestSupport

extension SyncE2ETests {
    /// Kitchens' owner as the store file holds it.
    func owner(_ cli: CLIRunner) throws -> String? {
        let data = try Data(contentsOf: cli.store.appendingPathComponent("board.json"))
        let board = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let projects = try #require(board["projects"] as? [[String: Any]])
        return projects.first { $0["name"] as? String == "Kitchens" }?["owner"] as? String
    }

    @Test("P shows a conflict with both values and names; o puts the other value on the board; u brings it back")
    func conflictPicked() throws {
        let remote = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-\(UUID().uuidString).git")
        var a = CLIRunner(person: "alex"), b = CLIRunner(person: "priya")
        a.env["WEEKBOARD_NOW"] = "2027-01-15T10:00:00Z"
        b.env["WEEKBOARD_NOW"] = "2027-02-15T10:00:00Z"
        // One background sync, on the first tick: nothing else moves while the test looks.
        a.env["WEEKBOARD_SYNC_INTERVAL"] = "3600"
        defer {
            a.cleanUp()
            b.cleanUp()
            try? FileManager.default.removeItem(at: remote)
        }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: ExternalTool.find("git") ?? "/usr/bin/git")
        git.arguments = ["init", "--bare", "--quiet", "-b", "main", remote.path]
        try git.run()
        git.waitUntilExit()
        #expect(try a.run("init").code == 0)
        #expect(try a.run("project", "add", "Kitchens", "--programme", "Housing", "--owner", "Kim").code == 0)
        #expect(try a.run("sync", "init", remote.path).code == 0)
        #expect(try b.run("sync", "init", remote.path).code == 0)
        // The same field on both machines: priya's later change shows, alex's is the conflict's other value.
        #expect(try a.run("project", "edit", "Kitchens", "--owner", "Pat").code == 0)
        #expect(try b.run("project", "edit", "Kitchens", "--owner", "Lee").code == 0)
        for m in [a, b, a] { #expect(try m.run("sync").code == 0) }
        #expect(try a.run("sync", "status").out.contains("Conflicts: 1 conflict"))
        #expect(try owner(a) == "Lee")

        let tmux = try TmuxSession(width: 80, height: 24, env: a.env)
        try tmux.run("'\(CLIRunner.binary.path)'")
        // 80 columns: the sync's state and the conflict both, the least needed words dropped to fit.
        let first = try tmux.waitFor("synced just now · 1 conflict: P")
        #expect(first.contains("P conflicts"))
        try tmux.keys("P")
        // The whole view, not its first line: a loaded machine's screen can be caught half drawn.
        let view = try tmux.waitFor("the conflict's two values") {
            $0.contains("Kitchens: owner") && !$0.contains("board.json") && $0.contains("shown  “Lee”  by priya, ")
                && $0.contains("other  “Pat”  by alex, ")
        }
        #expect(view.contains("o takes it"), "\(view)")

        try tmux.keys("o")
        try tmux.waitFor("resolved: Kitchens: owner keeps “Pat”")
        let board = try tmux.waitFor("condition") { $0.contains("Pat") && !$0.contains("conflict") }
        #expect(board.contains("Kitchens"))
        #expect(try owner(a) == "Pat")
        #expect(try a.run("sync", "status").out.contains("Conflicts: none"))

        try tmux.keys("u")
        try tmux.waitFor("1 conflict: P")
        #expect(try owner(a) == "Lee")
        let status = try a.run("sync", "status").out
        #expect(status.contains("Conflicts: 1 conflict") && status.contains("“Pat” (alex, "), "\(status)")
        try tmux.keys("q")
        try tmux.waitFor("condition") { _ in !((try? tmux.programRunning()) ?? true) }
    }
}
