import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

/// The dashboard's sync, with a stand-in for the `weekboard sync` child: what the header says, what `S`
/// does, and when a background sync falls due.
@Suite("Dashboard: sync in the header and on S")
struct DashboardSyncTests {
    let temp = TempStore("dashboard-sync")
    final class FakeChild: @unchecked Sendable {
        var starts = 0
        var running = false
        var headline = "synced 3 min ago"
    }

    func runtime(_ child: FakeChild, readOnly: Bool = false, clock: @escaping () -> Date) throws -> DashboardRuntime {
        var environment = DashboardEnvironment.live(
            store: try DashboardFixture.makeStore(in: temp), person: DashboardFixture.person,
            today: { DashboardFixture.today }, now: clock)
        environment.sync = DashboardSync(
            start: {
                child.starts += 1
                child.running = true
            }, isRunning: { child.running }, headline: { child.headline }, interval: 300)
        return DashboardRuntime(settings: DisplaySettings(unicode: true, readOnly: readOnly), environment: environment)
    }

    func header(_ r: DashboardRuntime) -> String {
        r.render(width: 100, height: 30).line(0)
    }

    @Test("the first tick syncs; the header says syncing, then the outcome; S syncs again; every 5 minutes too")
    func headerAndKey() throws {
        let child = FakeChild()
        var now = DashboardFixture.now
        let r = try runtime(child) { now }
        #expect(header(r).contains("syncing…"))
        r.tick()
        #expect(child.starts == 1)
        child.running = false
        child.headline = "offline: 4 changes waiting"
        r.tick()
        #expect(header(r).contains("offline: 4 changes waiting"))
        r.handle(.char("S"))
        #expect(child.starts == 2)
        #expect(header(r).contains("syncing…"))
        child.running = false
        child.headline = "synced just now"
        r.tick()
        #expect(header(r).contains("synced just now"))
        now += 299
        r.tick()
        #expect(child.starts == 2)
        now += 2
        r.tick()
        #expect(child.starts == 3)
    }

    @Test("no remote: S says how to set one; read-only: no sync is started")
    func noRemoteAndReadOnly() throws {
        let plain = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        plain.handle(.char("S"))
        #expect(plain.state.message?.text == "This store has no remote: 'weekboard sync init URL' sets one.")
        let child = FakeChild()
        let r = try runtime(child, readOnly: true) { DashboardFixture.now }
        r.tick()
        r.handle(.char("S"))
        #expect(child.starts == 0)
        #expect(r.state.message == .readOnly)
    }
}
