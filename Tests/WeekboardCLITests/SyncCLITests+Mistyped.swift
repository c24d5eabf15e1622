import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    @Test("a mistyped first URL: the join fails with the reason, and the right URL then joins")
    func mistypedFirstURL() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(try a.run("sync", "init", t.remote.path).code == 0)
        let wrong = try b.run("sync", "init", t.remote.path + "-typo")
        #expect(wrong.code == 1)
        #expect(wrong.err.hasPrefix("weekboard: error: cannot reach \(t.remote.path)-typo: "), "\(wrong.err)")
        let right = try b.run("sync", "init", t.remote.path)
        #expect(right.code == 0, "\(right.err)")
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        // Once it has synced, a wrong URL leaves the store with its remote.
        let other = try b.run("sync", "init", t.remote.path + "-other")
        #expect(other.code == 1 && other.err.contains("cannot reach"), "\(other.err)")
        #expect(try b.run("sync", "status").out.hasPrefix("Remote: \(t.remote.path)\n"))
    }

    @Test("a failed join leaves the machine as it was: no store folder where there was none, an empty one empty")
    func failedJoinLeavesNothing() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0]
        var b = t.machines[1]
        let fm = FileManager.default
        // Nothing to take down yet: the remote is empty.
        let early = try b.run("sync", "init", t.remote.path)
        #expect(early.code == 1 && early.err.contains("the remote is empty"), "\(early.err)")
        #expect(!fm.fileExists(atPath: b.store.path))
        #expect(try a.run("init").code == 0)
        #expect(try a.run("sync", "init", t.remote.path).code == 0)
        let wrong = try b.run("sync", "init", t.remote.path + "-typo")
        #expect(wrong.code == 1 && wrong.err.split(separator: "\n").count == 1, "\(wrong.err)")
        // Nothing of the machine's own to keep: the words of a failed sync of a store are not said.
        #expect(!wrong.err.contains("kept for the next sync"), "\(wrong.err)")
        #expect(!fm.fileExists(atPath: b.store.path))
        // Folders above the store that did not exist go too.
        let nested = b.store.appendingPathComponent("team/board")
        b.env["WEEKBOARD_STORE"] = nested.path
        #expect(try b.run("sync", "init", t.remote.path + "-typo").code == 1)
        #expect(!fm.fileExists(atPath: b.store.path))
        // An empty folder made for the store stays, empty.
        b.env["WEEKBOARD_STORE"] = b.store.path
        try fm.createDirectory(at: b.store, withIntermediateDirectories: false)
        #expect(try b.run("sync", "init", t.remote.path + "-typo").code == 1)
        #expect(try fm.contentsOfDirectory(atPath: b.store.path) == [])
        #expect(try b.run("sync", "init", t.remote.path).code == 0)
        // A store that exists is left as it was: no remote recorded until one has been reached.
        let c = CLIRunner(person: "sam")
        defer {
            c.cleanUp()
            try? fm.removeItem(atPath: c.store.path + "-config")
        }
        #expect(try c.run("init").code == 0)
        #expect(try c.run("sync", "init", t.remote.path + "-typo").code == 1)
        let status = try c.run("sync", "status")
        #expect(status.out.contains("this store has no remote"), "\(status.out)")
        #expect(!fm.fileExists(atPath: c.store.appendingPathComponent("sync").path))
    }
}
