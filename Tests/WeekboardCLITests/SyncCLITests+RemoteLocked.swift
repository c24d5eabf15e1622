import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    /// A git that creates the remote branch's lock file before alex's first push, as a push cut off on the
    /// remote (or one under way) leaves it, and removes it after `seconds` (never, when nil).
    private func lockingGit(_ t: SyncFixture, _ a: inout CLIRunner, releaseAfter seconds: Double?) throws -> URL {
        let script = URL(fileURLWithPath: a.store.path + "-git.sh")
        let mark = a.store.path + "-locked"
        let lock = t.remote.appendingPathComponent("refs/heads/main.lock").path
        let release = seconds.map { "(sleep \($0); rm -f '\(lock)') &" } ?? ""
        let git = ExternalTool.find("git") ?? "/usr/bin/git"
        try """
        #!/bin/sh
        for a in "$@"; do
          if [ "$a" = push ] && [ ! -e '\(mark)' ]; then
            touch '\(mark)' '\(lock)'
            \(release)
          fi
        done
        exec '\(git)' "$@"
        """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        a.env["WEEKBOARD_GIT"] = script.path
        return script
    }

    @Test("the remote's branch locked by a push under way: sync waits a moment and sends")
    func remoteLockedForAMoment() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        var a = t.machines[0]
        let b = t.machines[1]
        #expect(try a.run("goal", "set", "1", "Sent past a lock").code == 0)
        let script = try lockingGit(t, &a, releaseAfter: 0.4)
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(atPath: a.store.path + "-locked")
        }
        let r = try a.run("sync")
        #expect(r.code == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: a.store.path + "-locked"))
        #expect(try b.run("sync").code == 0)
        #expect(try b.statusJSON("--person", "alex").description.contains("Sent past a lock"))
    }

    @Test("a lock left on the remote by a push cut off there: one line naming the file, exit 1, the change kept")
    func remoteLockLeftBehind() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        var a = t.machines[0]
        let b = t.machines[1]
        #expect(try a.run("goal", "set", "1", "Kept through a stale lock").code == 0)
        let script = try lockingGit(t, &a, releaseAfter: nil)
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(atPath: a.store.path + "-locked")
        }
        let lock = t.remote.appendingPathComponent("refs/heads/main.lock").path
        let before = a.snapshotFiles().filter { !$0.key.hasPrefix("sync/") }
        let r = try a.run("sync")
        #expect(r.code == 1)
        #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
        #expect(r.err.hasPrefix("weekboard: error: git push failed: the remote's branch is locked ("), "\(r.err)")
        #expect(r.err.contains("main.lock exists"), "\(r.err)")
        #expect(r.err.contains("remove that file on the remote"), "\(r.err)")
        #expect(r.err.hasSuffix("kept for the next sync\n"), "\(r.err)")
        #expect(a.snapshotFiles().filter { !$0.key.hasPrefix("sync/") } == before)
        #expect(try a.run("sync", "status").out.contains("Last attempt failed"))
        // The person removes the lock, as the error says; the next sync sends what waited.
        try FileManager.default.removeItem(atPath: lock)
        #expect(try a.run("sync").code == 0)
        #expect(try b.run("sync").code == 0)
        #expect(try b.statusJSON("--person", "alex").description.contains("Kept through a stale lock"))
    }
}
