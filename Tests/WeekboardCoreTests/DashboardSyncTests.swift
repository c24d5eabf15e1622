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
        var outcome: SyncOutcome?
    }

    func runtime(_ child: FakeChild, readOnly: Bool = false, clock: @escaping () -> Date) throws -> DashboardRuntime {
        var environment = DashboardEnvironment.live(
            store: try DashboardFixture.makeStore(in: temp), person: DashboardFixture.person,
            today: { DashboardFixture.today }, now: clock)
        environment.sync = DashboardSync(
            start: {
                child.starts += 1
                child.running = true
            }, isRunning: { child.running }, headline: { child.headline }, outcome: { child.outcome }, interval: 300)
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
        child.headline = "offline: 4 files waiting"
        r.tick()
        #expect(header(r).contains("offline: 4 files waiting"))
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

    /// The message line, above the footer.
    func messageLine(_ r: DashboardRuntime, width: Int = 80, height: Int = 24) -> String {
        r.render(width: width, height: height).line(height - 2)
    }

    static let hostKey = SyncOutcome(
        words: "Sync failed: cannot reach git@host:team/board.git: Host key verification failed; every local "
            + "change (4 changed files) kept for the next sync", failed: true, changed: false)
    static let broughtIn = SyncOutcome(words: "Synced: sent 2 files, brought in 1 file.", failed: false, changed: true)
    static let nothingNew = SyncOutcome(words: "Synced: nothing new either way.", failed: false, changed: false)

    @Test("after S the message line says how it went, a failure's reason cut to fit; the header keeps its state")
    func outcomeAfterKey() throws {
        let child = FakeChild()
        let r = try runtime(child) { DashboardFixture.now }
        r.tick()
        child.running = false
        child.outcome = Self.nothingNew
        r.tick()
        #expect(r.state.message == nil, "a background sync that found nothing new is not news")
        r.handle(.char("S"))
        #expect(messageLine(r).contains("Syncing with the team…"))
        child.running = false
        child.headline = "offline: 4 files waiting"
        child.outcome = Self.hostKey
        r.tick()
        let line = messageLine(r)
        #expect(line.contains("Sync failed: cannot reach git@host:team/board.git: Host key verification"), "\(line)")
        #expect(line.hasSuffix("…") || line.contains("…"), "cut to the width: \(line)")
        #expect(header(r).contains("offline: 4 files waiting") && !header(r).contains("Host key"))
        #expect(r.state.message?.kind == .error)
        let wide = messageLine(r, width: 200, height: 30)
        #expect(wide.contains("kept for the next sync"), "\(wide)")
        // S again, the same failure: said again, as asked.
        r.handle(.char("S"))
        child.running = false
        r.tick()
        #expect(r.state.message?.text == Self.hostKey.words)
        r.handle(.char("S"))
        child.running = false
        child.headline = "synced just now"
        child.outcome = Self.broughtIn
        r.tick()
        #expect(messageLine(r).contains("Synced: sent 2 files, brought in 1 file."))
        #expect(header(r).contains("synced just now"))
    }

    @Test("pure: a background sync is news when files moved, when it fails anew, or when it works again")
    func backgroundNews() throws {
        var s = try DashboardFixture.state()
        s.sync = SyncView(headline: "synced 3 min ago", running: true)
        func ended(_ s: DashboardState, _ o: SyncOutcome, _ headline: String = "synced just now") -> DashboardState {
            Dashboard.reduce(s, .syncEnded(headline: headline, outcome: o)).0
        }
        #expect(ended(s, Self.nothingNew).message == nil)
        #expect(ended(s, Self.broughtIn).message == Message(Self.broughtIn.words, .success))
        let failed = ended(s, Self.hostKey, "offline")
        #expect(failed.message == Message(Self.hostKey.words, .error))
        var again = failed
        again.message = nil
        again.sync?.running = true
        #expect(ended(again, Self.hostKey, "offline").message == nil, "the same failure is not said twice")
        #expect(ended(again, Self.nothingNew).message == Message(Self.nothingNew.words, .success), "working again")
        // A question waiting for its answer keeps the line.
        var asking = s
        asking.message = Message("Remove this goal? y/n", .question)
        #expect(ended(asking, Self.broughtIn).message?.text == "Remove this goal? y/n")
    }

    @Test("offline with conflicts open: both in the header, fitted to 120 and 80 columns")
    func headerOfflineWithConflicts() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let conflicts = (1...3).map { i in
            SyncConflict(
                file: StoreLayout.board, path: [.key("projects"), .named("Project \(i)"), .key("owner")],
                shown: .init(value: .string("Lee")), other: .init(value: .string("Pat")))
        }
        try store.transaction { tx in try tx.write(StoreFiles.conflicts, ConflictList(conflicts: conflicts)) }
        var environment = DashboardEnvironment.live(
            store: store, person: DashboardFixture.person, today: { DashboardFixture.today },
            now: { DashboardFixture.now })
        environment.sync = DashboardSync(start: {}, isRunning: { false }, headline: { "offline: 4 files waiting" })
        let r = DashboardRuntime(settings: DisplaySettings(unicode: true), environment: environment)
        r.tick()  // starts the first sync
        r.tick()  // finds it ended
        let wide = r.render(width: 120, height: 40).line(0)
        #expect(wide.contains("offline: 4 files waiting · 3 conflicts: P to see"), "\(wide)")
        let narrow = r.render(width: 80, height: 24).line(0)
        #expect(narrow.contains("offline: 4 files waiting · 3 conflicts: P "), "\(narrow)")
        // Narrower still: the files waiting go, then the sync's state; the conflicts stay.
        let tight = r.render(width: 68, height: 24).line(0)
        #expect(tight.contains(" offline · 3 conflicts: P "), "\(tight)")
        #expect(r.render(width: 60, height: 24).line(0).contains(" 3 conflicts"))
    }
}

/// How a `weekboard sync` child's output becomes the message line's one line, and the real child's
/// output caught (a stand-in program that prints what the CLI prints).
@Suite("Dashboard: a sync's outcome from what it printed")
struct SyncOutcomeTests {
    @Test("an error is the reason; a report its first line; control characters never pass; silence is said")
    func reading() {
        let failed = SyncOutcome.reading(
            "weekboard: error: cannot reach ssh://host/x.git: Host key verification failed\u{1B}[2J; kept\n")
        #expect(failed.failed && failed.words.hasPrefix("Sync failed: cannot reach ssh://host/x.git: Host key"))
        #expect(!failed.words.unicodeScalars.contains { $0.value < 0x20 }, "\(failed.words)")
        let note = "note: the remote holds files that never travel\n"
        let ok = SyncOutcome.reading(note + "Synced: sent 2 files, brought in 1 file.\nSomeone else synced meanwhile\n")
        #expect(ok == SyncOutcome(words: "Synced: sent 2 files, brought in 1 file.", failed: false, changed: true))
        #expect(!SyncOutcome.reading("Synced: nothing new either way.\n").changed)
        let named = SyncOutcome.reading(
            "weekboard: error: cannot reach git@h:t/b.git: refused\n", remote: "git@h:t/b.git")
        #expect(named.words == "Sync failed: cannot reach the remote: refused")
        #expect(SyncOutcome.reading("").words == "Sync failed: it ended without saying how it went")
        #expect(SyncOutcome.reportLine(sent: 1, received: 0, remote: nil) == "Synced: sent 1 file, brought in 0 files.")
    }

    @Test("the child's output and errors are caught in a private file, read once it ends, then removed")
    func childOutput() throws {
        let temp = TempStore("sync-outcome")
        let store = try DashboardFixture.makeStore(in: temp)
        let program = store.root.appendingPathComponent("fake-weekboard.sh")
        let script =
            "#!/bin/sh\necho 'Synced: nothing' \necho 'error: cannot reach x: Host key verification failed' >&2\n"
        try Data(script.utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let ours = "weekboard-sync-\(getpid())-"
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix(ours) }
        let child = BackgroundSync(executable: program.path, store: store, environment: [:])
        try child.start()
        for _ in 0..<500 where child.isRunning { usleep(10_000) }
        #expect(!child.isRunning)
        #expect(child.outcome?.words == "Sync failed: cannot reach x: Host key verification failed")
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix(ours) }
        #expect(Set(after).isSubset(of: Set(before)), "the output file is removed: \(after)")
    }
}
