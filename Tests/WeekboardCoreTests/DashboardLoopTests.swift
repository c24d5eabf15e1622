import Foundation
import Testing
@testable import WeekboardCore

/// The loop without a store: effect results go back through the reducer as events, and the
/// runtime runs effects through an environment of test doubles.
@Suite("Dashboard loop: effect results as events, an injected environment")
struct DashboardLoopTests {
    static let week = DashboardFixture.week

    @Test func aFailedSaveShowsWhyAndTheEditComesBack() throws {
        var s = try DashboardFixture.state()
        (s, _) = DashboardFixture.press(s, [.char("e")])
        for c in " today" { (s, _) = DashboardFixture.press(s, [.char(c)]) }
        let (saving, effects) = DashboardFixture.press(s, [.enter])
        #expect(saving.editing == nil)
        guard case .perform(_, _, let restoring)? = effects.first else {
            Issue.record("Enter asked for no change: \(effects)")
            return
        }
        let (failed, more) = Dashboard.reduce(
            saving, .performed(.failure(EffectFailure("board.json: damaged")), restoring: restoring))
        #expect(more.isEmpty)
        #expect(failed.message == Message("Not saved: board.json: damaged", .error))
        #expect(failed.editing?.editor.text == "Agree the voids recovery plan with the contractor today")
        #expect(failed.editing?.target == .goal(slot: 1))
    }

    @Test func aSavedChangeSaysSoAndReloadsTheWeek() throws {
        let s = try DashboardFixture.state()
        let (n, effects) = Dashboard.reduce(s, .performed(.success("Goal 1 done."), restoring: nil))
        #expect(n.message == Message("Goal 1 done.", .success))
        #expect(effects == [.loadWeek(Self.week)])
    }

    @Test func readOnlyIsOneGuardInTheReducer() throws {
        let s = try DashboardFixture.state(readOnly: true)
        for key: Key in [.char("1"), .char("c"), .char("x")] {
            let (n, effects) = DashboardFixture.press(s, [key])
            #expect(effects.isEmpty)
            #expect(n.message == .readOnly)
        }
    }

    @Test func aTickReloadsOnlyWhenTheStoreChangedOrTheDayMovedOn() throws {
        let s = try DashboardFixture.state()
        #expect(Dashboard.reduce(s, .tick(today: s.today, storeChanged: false)).1.isEmpty)
        #expect(Dashboard.reduce(s, .tick(today: s.today, storeChanged: true)).1 == [.loadWeek(Self.week)])
        let tomorrow = DashboardFixture.day(11, 25)
        #expect(Dashboard.reduce(s, .tick(today: tomorrow, storeChanged: false)).1 == [.loadWeek(Self.week)])
    }

    @Test func aWeekThatFailsToReloadKeepsTheLastGoodView() throws {
        let s = try DashboardFixture.state()
        let failure = EffectFailure("people/alex/2026-W48.json: line 1: not JSON")
        let (n, _) = Dashboard.reduce(s, .weekLoaded(Self.week, today: s.today, .failure(failure)))
        #expect(n.snapshot != nil && n.loadError == nil)
        #expect(n.message?.text == "Could not reload: people/alex/2026-W48.json: line 1: not JSON")
        let (other, _) = Dashboard.reduce(
            DashboardFixture.press(s, [.char("[")]).0,
            .weekLoaded(Self.week.previous, today: s.today, .failure(failure)))
        #expect(other.snapshot == nil && other.loadError == failure.reason)
    }

    @Test func theSizeIsAnEventAndRenderingChangesNoState() throws {
        let s = try DashboardFixture.state()
        let (n, effects) = Dashboard.reduce(s, .resized(width: 120, height: 30))
        #expect(effects == [.redraw])
        #expect(n.width == 120 && n.height == 30 && n.layout.mode == .wide)
        let frame = Dashboard.render(n, width: 80, height: 24)
        #expect(frame.width == 80 && n.width == 120)
    }

    /// The runtime against doubles: a key's change is performed, the result comes back, the week
    /// is loaded again, and nothing touches a disk.
    @Test func theRuntimeRunsEffectsThroughTheEnvironment() throws {
        let snapshot = try #require(try DashboardFixture.state().snapshot)
        final class Log { var entries: [String] = [] }
        let log = Log()
        let environment = DashboardEnvironment(
            loadWeek: { week, _ in
                log.entries.append("load \(week.id)"); return snapshot
            },
            perform: { action, ctx in
                log.entries.append("perform \(action) \(ctx.week.id)")
                throw EffectFailure("the store is locked")
            },
            readOKRs: { OKRSet() }, loadHistory: { _, _ in throw EffectFailure("no history") },
            saveFile: { path, _ in "/tmp/\(path)" }, watch: { _ in { false } }, person: "alex",
            today: { DashboardFixture.today }, now: { DashboardFixture.now })
        let runtime = DashboardRuntime(settings: DisplaySettings(), environment: environment)
        #expect(runtime.handle(.char("2")) == .draw)
        #expect(runtime.state.message?.text == "Not saved: the store is locked")
        #expect(runtime.tick() == .none)
        #expect(log.entries == ["load 2026-W48", "perform toggleGoalDone(slot: 2) 2026-W48"])
    }
}

/// Bracketed paste reaches the reducer as text: typed into the field being edited, never run as keys.
@Suite("Dashboard: pasted text")
struct DashboardPasteTests {
    @Test func aPasteIntoTheEditorIsInsertedAsOneLineAndNeitherSavesNorTicks() throws {
        var s = try DashboardFixture.state()
        (s, _) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("e"), .ctrl("u")])
        let (n, effects) = Dashboard.reduce(s, .paste("Shortlist agreed\r\n3\tq\u{1B}[31m\u{7}"))
        #expect(effects.isEmpty)
        #expect(n.editing?.target == .goal(slot: 3))
        #expect(n.editing?.editor.text == "Shortlist agreed 3 q[31m")
    }

    @Test func aPasteAnywhereElseChangesNothingAndSaysSo() throws {
        let s = try DashboardFixture.state()
        let (n, effects) = Dashboard.reduce(s, .paste("123xq"))
        #expect(effects.isEmpty)
        #expect(n.message?.text.hasPrefix("Paste ignored") == true)
        #expect(n.snapshot?.mine.goals.map { $0?.state } == s.snapshot?.mine.goals.map { $0?.state })
    }

    @Test func aPasteLongerThanTheFieldIsCutAndSaysSo() throws {
        var s = try DashboardFixture.state()
        (s, _) = DashboardFixture.press(s, [.char("e"), .ctrl("u")])
        let (n, _) = Dashboard.reduce(s, .paste(String(repeating: "a", count: TextRules.maxLine + 10)))
        #expect(n.editing?.editor.text.count == TextRules.maxLine)
        #expect(n.message?.text.hasPrefix("Paste cut short") == true)
    }
}
