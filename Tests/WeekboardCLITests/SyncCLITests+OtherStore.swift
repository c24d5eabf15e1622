import Foundation
import Testing
import WeekboardTestSupport

/// A remote that holds another store: a join refused, a remote replaced, a store moved to a new remote.
extension SyncCLITests {
    /// A second bare repository beside the fixture's, removed with `cleanUp`.
    private static func bare(_ t: SyncFixture, _ name: String) throws -> URL {
        let url = URL(fileURLWithPath: t.remote.path + "-\(name)")
        try SyncFixture.git(["init", "--bare", "--quiet", "-b", "main", url.path])
        return url
    }

    /// The store's files, `sync/git`'s objects aside (a fetch may leave some; they name nothing).
    private static func files(_ m: CLIRunner) -> [String: Data] {
        m.snapshotFiles().filter { !$0.key.hasPrefix("sync/git/") }
    }

    private static func main(_ remote: URL) throws -> String {
        try SyncFixture.git(["--git-dir=\(remote.path)", "rev-parse", "main"]).gitLine
    }

    @Test("a join refused (this store has data) leaves it exactly as before: no remote, or the one it had")
    func refusedJoinLeavesStoreAsItWas() throws {
        let t = try SyncFixture(["alex", "sam"])
        let own = try Self.bare(t, "sams")
        defer {
            t.cleanUp()
            try? FileManager.default.removeItem(at: own)
        }
        let a = t.machines[0], sam = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(try a.run("sync", "init", t.remote.path).code == 0)
        #expect(try sam.run("init").code == 0)
        #expect(try sam.run("goal", "set", "1", "Sam's own goal").code == 0)
        let before = Self.files(sam)
        let refused = try sam.run("sync", "init", t.remote.path)
        #expect(refused.code == 1 && refused.err.split(separator: "\n").count == 1, "\(refused.err)")
        #expect(refused.err.contains("the remote already holds a team's store and this store has its own data"))
        #expect(Self.files(sam) == before)
        #expect(!FileManager.default.fileExists(atPath: sam.store.appendingPathComponent("sync").path))
        let status = try sam.run("sync", "status")
        #expect(status.code == 0 && status.out.contains("this store has no remote"), "\(status.out)")
        let sync = try sam.run("sync")
        #expect(sync.err == "weekboard: error: this store has no remote yet: run 'weekboard sync init URL' first\n")
        // With a remote of its own, that one stays, and syncs as before.
        #expect(try sam.run("sync", "init", own.path).code == 0)
        let synced = Self.files(sam)
        let again = try sam.run("sync", "init", t.remote.path)
        #expect(again.code == 1 && again.err.split(separator: "\n").count == 1, "\(again.err)")
        #expect(!again.err.contains("conflicts.json"), "\(again.err)")
        #expect(Self.files(sam) == synced)
        let after = try sam.run("sync", "status")
        #expect(after.out.contains("Remote: \(own.path)\n"), "\(after.out)")
        #expect(after.out.contains("Waiting to bring in: 0 files"), "\(after.out)")
        #expect(!after.out.contains("Last attempt failed"), "\(after.out)")
        let later = try sam.run("sync")
        #expect(later.code == 0 && later.out == "Synced with \(own.path): nothing new either way.\n", "\(later.err)")
    }

    @Test("a remote replaced by another store's: sync refuses in one line before merging anything")
    func remoteHoldsAnotherStore() throws {
        let t = try SyncFixture(["alex", "priya"])
        let other = try Self.bare(t, "other")
        defer {
            t.cleanUp()
            try? FileManager.default.removeItem(at: other)
        }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        try t.join()
        try t.syncAll(rounds: 1)
        // Another team's board, cloned bare over this team's remote.
        let sam = CLIRunner(person: "sam")
        defer {
            sam.cleanUp()
            try? FileManager.default.removeItem(atPath: sam.store.path + "-config")
        }
        #expect(try sam.run("goal", "set", "1", "Another team's goal").code == 0)
        #expect(try sam.run("sync", "init", other.path).code == 0)
        try FileManager.default.removeItem(at: t.remote)
        try SyncFixture.git(["clone", "--bare", "--quiet", other.path, t.remote.path])
        let theirs = try Self.main(t.remote)
        #expect(try a.run("goal", "set", "2", "Unsent change").code == 0)
        let before = Self.files(a)
        let r = try a.run("sync")
        #expect(r.code == 1 && r.out == "")
        #expect(
            r.err == "weekboard: error: \(t.remote.path) holds a different store, with no history in common with "
                + "this one; nothing was changed. Check the URL; if this store should sync elsewhere, run "
                + "'weekboard sync init URL' with the right one\n", "\(r.err)")
        #expect(try Self.main(t.remote) == theirs)
        // Only the record of the failure changed.
        #expect(Self.files(a).filter { $0.key != "sync/state.json" } == before.filter { $0.key != "sync/state.json" })
        let status = try a.run("sync", "status")
        #expect(status.out.contains("Waiting to bring in: 0 files"), "\(status.out)")
        #expect(status.out.contains("Last attempt failed"), "\(status.out)")
        #expect(try a.run("status", "--json").out.contains("Unsent change"))
        #expect(!(try a.run("status", "--json").out.contains("Another team's goal")))
        // A store joined to the wrong team's remote from the start says the same.
        let wrong = try b.run("sync")
        #expect(wrong.code == 1 && wrong.err.contains("holds a different store, with no history in common"))
    }

    @Test("a merge refused says 'nothing was changed' once")
    func mergeRefusedSaysItOnce() throws {
        let t = try SyncFixture(["alex"])
        let work = URL(fileURLWithPath: t.remote.path + "-work")
        defer {
            t.cleanUp()
            try? FileManager.default.removeItem(at: work)
        }
        let a = t.machines[0]
        try t.join()
        // Someone pushes, by hand, a store.json weekboard cannot read.
        try SyncFixture.git(["clone", "--quiet", t.remote.path, work.path])
        try Data("not json\n".utf8).write(to: work.appendingPathComponent("store.json"))
        try SyncFixture.git(["-C", work.path, "commit", "--quiet", "-am", "broken"])
        try SyncFixture.git(["-C", work.path, "push", "--quiet", "origin", "main"])
        #expect(try a.run("goal", "set", "1", "Mine").code == 0)
        let r = try a.run("sync")
        #expect(r.code == 1 && r.err.hasPrefix("weekboard: error: cannot merge: "), "\(r.err)")
        #expect(r.err.lowercased().components(separatedBy: "nothing was changed").count == 2, "\(r.err)")
    }

    @Test("moving the team's remote: a synced store moves to an empty remote or to its own history, no other")
    func movingTheRemote() throws {
        let t = try SyncFixture(["alex", "priya"])
        let moved = URL(fileURLWithPath: t.remote.path + "-moved")
        let empty = try Self.bare(t, "empty")
        let other = try Self.bare(t, "other")
        defer {
            t.cleanUp()
            for u in [moved, empty, other] { try? FileManager.default.removeItem(at: u) }
        }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        try t.join()
        try t.syncAll(rounds: 1)
        // The GitLab project moved: the same history at a new URL.
        try SyncFixture.git(["clone", "--bare", "--quiet", t.remote.path, moved.path])
        #expect(try b.run("goal", "set", "2", "Priya's change").code == 0)
        let b1 = try b.run("sync", "init", moved.path)
        #expect(b1.code == 0, "\(b1.err)")
        #expect(b1.out.hasPrefix("Synced with \(moved.path): sent "), "\(b1.out)")
        let a1 = try a.run("sync", "init", moved.path)
        #expect(a1.code == 0 && a1.out.contains("brought in"), "\(a1.err)")
        #expect(try a.run("sync", "status").out.contains("Remote: \(moved.path)\n"))
        let priya = try a.run("status", "--json", "--person", "priya")
        #expect(priya.out.contains("Priya's change"), "\(priya.out)\(priya.err)")
        // Another store's remote: refused in words, the store still syncing with its remote.
        let sam = CLIRunner(person: "sam")
        defer {
            sam.cleanUp()
            try? FileManager.default.removeItem(atPath: sam.store.path + "-config")
        }
        #expect(try sam.run("goal", "set", "1", "Another team's goal").code == 0)
        #expect(try sam.run("sync", "init", other.path).code == 0)
        let no = try a.run("sync", "init", other.path)
        #expect(no.code == 1 && no.err.split(separator: "\n").count == 1, "\(no.err)")
        #expect(
            no.err == "weekboard: error: \(other.path) holds another store, with no history in common with this one; "
                + "nothing was changed and this store still syncs with \(moved.path). Check the URL: a store moves "
                + "only to an empty remote or to one holding its own history\n", "\(no.err)")
        // The old place lacks what was synced since the move.
        let old = try a.run("sync", "init", t.remote.path)
        #expect(old.code == 1 && old.err.contains("holds an older copy of this store"), "\(old.err)")
        let status = try a.run("sync", "status")
        #expect(status.out.contains("Remote: \(moved.path)\n") && !status.out.contains("Last attempt failed"))
        #expect(status.out.contains("Waiting to bring in: 0 files"), "\(status.out)")
        #expect(try a.run("sync").out == "Synced with \(moved.path): nothing new either way.\n")
        // An empty remote: the store publishes its history there.
        let e = try a.run("sync", "init", empty.path)
        #expect(e.code == 0, "\(e.err)")
        #expect(try Self.main(empty) == (try Self.main(moved)))
        #expect(try b.run("sync", "init", empty.path).code == 0)
        #expect(try b.run("sync", "status").out.contains("Remote: \(empty.path)\n"))
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
    }
}
