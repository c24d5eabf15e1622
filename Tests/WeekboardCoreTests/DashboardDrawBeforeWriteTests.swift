import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// A change to the person's own week is drawn first and written right after (`drawsBeforeWriting`,
/// as the terminal front end runs it): the write confirms what is shown, or takes it back and says so.
@Suite("Dashboard: a change to the week drawn before it is written")
struct DashboardDrawBeforeWriteTests {
    let temp = TempStore("dash")
    static let file = StoreFiles.personWeek(DashboardFixture.person, DashboardFixture.week)

    func runtime(_ store: Store, perform: ((Action, ActionContext) throws -> String)? = nil) -> DashboardRuntime {
        var environment = DashboardEnvironment.live(
            store: store, person: DashboardFixture.person, today: { DashboardFixture.today },
            now: { DashboardFixture.now.addingTimeInterval(0.25) })
        if let perform { environment.perform = perform }
        let c = DashboardRuntime(settings: DisplaySettings(unicode: true), environment: environment)
        c.drawsBeforeWriting = true
        return c
    }

    /// What the dashboard holds for the person equals what reading the store afresh gives.
    func expectAsOnDisk(_ c: DashboardRuntime, _ store: Store, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let fresh = try WeekSnapshot.load(
            store: store, person: DashboardFixture.person, week: DashboardFixture.week, today: DashboardFixture.today)
        let shown = try #require(c.state.snapshot, sourceLocation: sourceLocation)
        #expect(shown.mine == fresh.mine, sourceLocation: sourceLocation)
        #expect(shown.score == fresh.score, sourceLocation: sourceLocation)
        #expect(shown.streak == fresh.streak, sourceLocation: sourceLocation)
        #expect(shown.team == fresh.team, sourceLocation: sourceLocation)
        #expect(shown.displayName == fresh.displayName, sourceLocation: sourceLocation)
    }

    @Test func aTickIsShownThenWrittenAndNothingMoreIsDrawn() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let before = try Data(contentsOf: store.url(Self.file.path))
        let c = runtime(store)
        // Goal 1 starts done: 1 reopens it. The screen shows it before anything is written.
        #expect(c.handle(.char("1")) == .draw)
        var frame = c.render(width: 80, height: 24)
        #expect(frame.text.contains("1 [○] Agree the voids recovery plan"))
        #expect(frame.line(22).contains("Goal 1 open."))
        #expect(try Data(contentsOf: store.url(Self.file.path)) == before)
        // Written as shown: nothing more to draw. The next idle tick reads the week once more (the write
        // changed the person's folder), which shows the same; then the ticks are quiet again.
        #expect(c.settle() == .none)
        #expect(try store.read(Self.file).goals[0]?.state == .open)
        #expect(c.render(width: 80, height: 24) == frame)
        try expectAsOnDisk(c, store)
        _ = c.tick()
        #expect(c.render(width: 80, height: 24) == frame)
        #expect(c.tick() == .none)
        // Every goal done and the focus set: the score and streak follow as a fresh read gives them.
        for key: Key in [.char("1"), .char("2"), .char("3")] {
            _ = c.handle(key)
            _ = c.settle()
            try expectAsOnDisk(c, store)
        }
        frame = c.render(width: 80, height: 24)
        #expect(frame.text.contains("met 3 of 3"))
        // A change made elsewhere is still seen by the tick.
        let ctx = ActionContext(
            person: "sam", week: DashboardFixture.week, now: DashboardFixture.now, today: DashboardFixture.today)
        try store.perform(.board(.setProjectStatus(name: "Gas servicing compliance", status: .red, note: nil)), ctx)
        #expect(c.tick() != .none)
    }

    @Test func aFailedWriteTakesTheChangeBackAndSaysWhy() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = runtime(store) { _, _ in throw StoreError.invalid("people/alex: the disk is full") }
        let before = c.render(width: 80, height: 24)
        _ = c.handle(.char("1"))
        #expect(c.render(width: 80, height: 24).text.contains("1 [○] Agree the voids recovery plan"))
        #expect(c.settle() == .draw)
        let frame = c.render(width: 80, height: 24)
        #expect(frame.text.contains("1 [✓] Agree the voids recovery plan"))
        #expect(frame.line(22).contains("Not saved:") && frame.line(22).contains("the disk is full"))
        #expect(c.state.message?.kind == .error)
        #expect(frame.text == before.text.replacingOccurrences(of: before.line(22), with: frame.line(22)))
        // An edit that fails to save comes back with its text.
        _ = c.handle(.char("e"))
        for ch in " today" { _ = c.handle(.char(ch)) }
        _ = c.handle(.enter)
        #expect(c.state.editing == nil)
        _ = c.settle()
        #expect(c.state.editing?.editor.text == "Agree the voids recovery plan with the contractor today")
        #expect(c.state.snapshot?.mine.goals[0]?.text == "Agree the voids recovery plan with the contractor")
        #expect(try store.read(Self.file).goals[0]?.text == "Agree the voids recovery plan with the contractor")
    }

    @Test func aChangeMadeElsewhereBeforeTheWriteIsShownWithIt() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = runtime(store)
        _ = c.handle(.char("1"))
        let ctx = ActionContext(
            person: DashboardFixture.person, week: DashboardFixture.week, now: DashboardFixture.now,
            today: DashboardFixture.today)
        try store.perform(.week(.setFocus("Changed elsewhere")), ctx)
        #expect(c.settle() == .draw)
        let frame = c.render(width: 80, height: 24)
        #expect(frame.text.contains("Changed elsewhere"))
        #expect(frame.text.contains("1 [○] Agree the voids recovery plan"))
        try expectAsOnDisk(c, store)
    }

    @Test func aKeyBeforeTheWriteWaitsForIt() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = runtime(store)
        _ = c.handle(.char("1"))
        _ = c.handle(.char("1"))  // a caller that never settles: each change is still written, in order
        _ = c.settle()
        #expect(try store.read(Self.file).goals[0]?.state == .done)
        #expect(try store.log(LogQuery(week: DashboardFixture.week), limit: 10).count == 2)
        try expectAsOnDisk(c, store)
    }
}

extension DashboardDrawBeforeWriteTests {
    /// The streak follows a change to this week as reading the store would count it, up to its limit.
    @Test func theStreakFollowsThisWeekUpToItsLimit() throws {
        let loaded = try #require(try DashboardFixture.state().snapshot)
        var positive = loaded.mine
        positive.focus = "Winter"
        positive.goals = positive.goals.map { $0.map { Goal(text: $0.text, state: .done, changedAt: $0.changedAt) } }
        #expect(WeekScore(positive).positive && !WeekScore(loaded.mine).positive)
        func snapshot(_ mine: PersonWeek, streak: Int) -> WeekSnapshot {
            WeekSnapshot(
                storeName: loaded.storeName, person: loaded.person, week: loaded.week, today: loaded.today,
                mine: mine, score: WeekScore(mine), streak: streak, programmes: loaded.programmes,
                contacts: loaded.contacts, team: loaded.team)
        }
        // Not positive: the streak runs to last week; this week made positive adds one, and back again.
        #expect(snapshot(loaded.mine, streak: 4).replacingMine(positive)?.streak == 5)
        #expect(snapshot(positive, streak: 5).replacingMine(loaded.mine)?.streak == 4)
        #expect(snapshot(positive, streak: 5).replacingMine(positive)?.streak == 5)
        // At the limit: still the limit, except a week that stops being positive, which needs a fresh count.
        #expect(snapshot(loaded.mine, streak: Streak.limit).replacingMine(positive)?.streak == Streak.limit)
        #expect(snapshot(positive, streak: Streak.limit).replacingMine(positive)?.streak == Streak.limit)
        #expect(snapshot(positive, streak: Streak.limit).replacingMine(loaded.mine) == nil)
        #expect(snapshot(positive, streak: Streak.limit - 1).replacingMine(loaded.mine)?.streak == Streak.limit - 2)
        let team = try #require(snapshot(loaded.mine, streak: 0).replacingMine(positive)?.team)
        #expect(team.first { $0.person == loaded.person }?.week == positive)
    }
}
