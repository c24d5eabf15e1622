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
        // Once it has synced, a store keeps its remote.
        let other = try b.run("sync", "init", t.remote.path + "-other")
        #expect(other.code != 0 && other.err.contains("it cannot switch remotes"), "\(other.err)")
    }
}
