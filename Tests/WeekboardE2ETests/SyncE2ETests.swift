import Foundation
import Testing
import WeekboardTestSupport

/// The dashboard's sync in tmux: the header says how the store stands with the team's remote, `S`
/// syncs now and what came in is drawn, the message line saying how it went; offline, the header says how
/// many files wait and the message line why the sync failed.
@Suite("Sync in the dashboard, end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "no tmux"))
struct SyncE2ETests {
    @Test(
        "S brings a colleague's project in and says so; offline, the header counts the files waiting, the message why")
    func syncKey() throws {
        let remote = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-\(UUID().uuidString).git")
        var a = CLIRunner(person: "alex"), b = CLIRunner(person: "priya")
        a.env["WEEKBOARD_NOW"] = "2027-01-15T10:00:00Z"
        b.env["WEEKBOARD_NOW"] = "2027-02-15T10:00:00Z"
        defer {
            a.cleanUp()
            b.cleanUp()
            try? FileManager.default.removeItem(at: remote)
            try? FileManager.default.removeItem(atPath: remote.path + "-away")
        }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: ExternalTool.find("git") ?? "/usr/bin/git")
        git.arguments = ["init", "--bare", "--quiet", "-b", "main", remote.path]
        try git.run()
        git.waitUntilExit()
        #expect(try a.run("init").code == 0)
        #expect(try a.run("project", "add", "Kitchens", "--programme", "Housing").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(try a.run("sync", "init", remote.path).code == 0)
        #expect(try b.run("sync", "init", remote.path).code == 0)

        let tmux = try TmuxSession(width: 110, height: 30, env: a.env)
        try tmux.run("'\(CLIRunner.binary.path)'")
        try tmux.waitFor("Kitchens")
        try tmux.waitFor("synced just now")

        #expect(try b.run("project", "add", "Damp and mould", "--programme", "Housing").code == 0)
        #expect(try b.run("sync").code == 0)
        try tmux.keys("S")
        let screen = try tmux.waitFor("Synced: sent 0 files, brought in")
        #expect(screen.contains("Kitchens") && screen.contains("Damp and mould"))
        try tmux.waitFor("synced just now")

        // Offline: a change here waits, and the header says so.
        try FileManager.default.moveItem(at: remote, to: URL(fileURLWithPath: remote.path + "-away"))
        try tmux.keys("1")
        try tmux.waitFor("met 1 of 1 goal set")
        try tmux.keys("S")
        let offline = try tmux.waitFor(#/offline: \d+ files? waiting/#)
        #expect(!offline.contains("synced just now"))
        // The reason, on the message line: the remote named, what git said, the change kept.
        try tmux.waitFor("Sync failed: cannot reach the remote: ")
        try tmux.keys("q")
        try tmux.waitFor("condition") { _ in !((try? tmux.programRunning()) ?? true) }
    }
}
