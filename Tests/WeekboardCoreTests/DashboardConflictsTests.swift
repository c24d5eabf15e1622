import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// `P`: the conflicts a sync left, both values with who set each and when, and `s` / `o` picking one
/// through the change `weekboard sync resolve` makes.
@Suite("Dashboard: sync conflicts, seen and picked")
struct DashboardConflictsTests {
    let temp = TempStore("dash-conflicts")
    /// 18 Nov 12:00 UTC: the 17th, 18th or 19th in every time zone, so a golden frame keeps its widths.
    static let earlier = Date(timeIntervalSince1970: 1_795_003_200)
    static let later = earlier + 1_800

    static func owner(_ project: String, shown: String, other: String) -> SyncConflict {
        SyncConflict(
            file: StoreLayout.board, path: [.key("projects"), .named(project), .key("owner")],
            shown: .init(value: .string(shown), person: "sam", at: later),
            other: .init(value: .string(other), person: "alex", at: earlier))
    }

    /// The fixture store after a sync found Void repairs' owner set differently on two machines: the
    /// board shows the later value (J. Okafor, by sam); alex's P. Shah is the other.
    func store(_ conflicts: [SyncConflict] = [owner("Void repairs", shown: "J. Okafor", other: "P. Shah")]) throws
        -> Store
    {
        let store = try DashboardFixture.makeStore(in: temp)
        try store.transaction { tx in try tx.write(StoreFiles.conflicts, ConflictList(conflicts: conflicts)) }
        return store
    }

    func owner(_ store: Store, _ project: String = "Void repairs") throws -> String? {
        try store.read(StoreFiles.board).projects.first { $0.name == project }?.owner
    }

    @Test("the header and footer name the conflict; P shows both values with who and when; o puts the other back")
    func seeAndTakeOther() throws {
        let store = try store()
        let conflict = try #require(try store.openConflicts().first)
        let c = DashboardFixture.runtime(store)
        let board = c.render(width: 80, height: 24)
        #expect(board.line(0).contains("1 conflict: P to see"))
        #expect(board.line(23).contains("P conflicts"))
        _ = c.handle(.char("P"))
        let view = c.render(width: 80, height: 24).text
        #expect(view.contains("Void repairs: owner  \(conflict.id)") && !view.contains("board.json"))
        #expect(view.contains("shown  “J. Okafor”  by sam, \(JournalText.when(Self.later))"))
        #expect(view.contains("other  “P. Shah”  by alex, \(JournalText.when(Self.earlier))"))
        #expect(c.render(width: 80, height: 24).line(23).contains("o take other"))

        _ = c.handle(.char("o"))
        #expect(try owner(store) == "P. Shah")
        #expect(try store.openConflicts().isEmpty)
        #expect(c.state.overlay == nil, "the last one picked: back to the board")
        let after = c.render(width: 80, height: 24)
        #expect(after.text.contains("P. Shah"))
        #expect(!after.line(0).contains("conflict"))
        #expect(!after.line(23).contains("conflicts"))
        let said = c.state.message?.text ?? ""
        #expect(said.contains("resolved: Void repairs: owner keeps “P. Shah”"), "\(said)")

        // An ordinary change: u takes it back, conflict and value both.
        _ = c.handle(.char("u"))
        #expect(try owner(store) == "J. Okafor")
        #expect(try store.openConflicts().count == 1)
        #expect(c.render(width: 80, height: 24).line(0).contains("1 conflict: P to see"))
    }

    @Test("s keeps the shown value of the selected one; the view stays open on the others; u there undoes")
    func keepShownAmongSeveral() throws {
        let store = try store([
            Self.owner("Void repairs", shown: "J. Okafor", other: "P. Shah"),
            Self.owner("Lift modernisation", shown: "D. Evans", other: "M. Ali"),
        ])
        let c = DashboardFixture.runtime(store)
        #expect(c.render(width: 80, height: 24).line(0).contains("2 conflicts: P to see"))
        for key: Key in [.char("P"), .char("j"), .char("s")] { _ = c.handle(key) }
        #expect(try store.openConflicts().map(ConflictText.place) == ["Void repairs: owner"])
        #expect(try owner(store, "Lift modernisation") == "D. Evans")
        #expect(c.state.overlay == .conflicts(index: 0))
        let view = c.render(width: 80, height: 24).text
        #expect(view.contains("“P. Shah”") && !view.contains("“M. Ali”"))
        _ = c.handle(.char("u"))
        #expect(try store.openConflicts().count == 2)
        #expect(c.render(width: 80, height: 24).text.contains("“M. Ali”"))
    }

    @Test("a viewer sees the conflicts and both values, and picking changes nothing")
    func viewerIsRefused() throws {
        let store = try store()
        let c = DashboardFixture.runtime(store, readOnly: true)
        #expect(c.render(width: 100, height: 30).line(0).contains("1 conflict: P to see"))
        _ = c.handle(.char("P"))
        let frame = c.render(width: 100, height: 30)
        #expect(frame.text.contains("“P. Shah”  by alex"))
        #expect(!frame.text.contains("o takes it") && !frame.line(29).contains("take other"))
        for key: Key in [.char("o"), .char("s"), .char("u")] {
            _ = c.handle(key)
            #expect(c.state.message == .readOnly)
        }
        #expect(try owner(store) == "J. Okafor")
        #expect(try store.openConflicts().count == 1)
    }

    @Test("pure: P asks for the conflicts; o asks for the resolve change by the whole id; Esc closes")
    func reducer() throws {
        var s = try DashboardFixture.state()
        let conflict = Self.owner("Void repairs", shown: "J. Okafor", other: "P. Shah")
        s.conflicts = [conflict]
        let (opened, open) = DashboardFixture.press(s, [.char("P")])
        #expect(open == [.loadConflicts])
        #expect(opened.overlay == .conflicts(index: 0))
        let (_, pick) = DashboardFixture.press(opened, [.char("o")])
        #expect(pick == [.perform(.sync(.resolveConflict(id: conflict.id, keep: .other)), week: s.week)])
        #expect(DashboardFixture.press(opened, [.escape]).0.overlay == nil)
        // A week read brings the conflicts with it.
        let snapshot = try #require(s.snapshot)
        let loaded = Dashboard.reduce(s, .weekLoaded(s.week, today: s.today, .success(snapshot)))
        #expect(loaded.1.contains(.loadConflicts))
        // A conflicts file that cannot be read: the view closes with the reason.
        let failed = Dashboard.reduce(opened, .conflictsLoaded(.failure(EffectFailure("conflicts.json: bad id"))))
        #expect(failed.0.overlay == nil && failed.0.conflicts == nil)
        #expect(failed.0.message?.text == "Cannot show the conflicts: conflicts.json: bad id")
    }

    @Test("help and the man page list P and the view's keys, from the same tables the reducer reads")
    func helpAndManual() {
        let help = HelpOverlay.lines(DisplaySettings(unicode: true))
        #expect(help.contains { $0.keys == "P" && $0.text.hasPrefix("sync conflicts: both values, who and when") })
        #expect(help.contains { $0.keys == "" && $0.text == "Sync conflicts (P)" })
        #expect(help.contains { $0.keys == "s" && $0.text == "keep the value shown (the later change)" })
        #expect(help.contains { $0.keys == "o" && $0.text == "take the other value (put it back)" })
        let manual = KeyMapManual.mdoc
        #expect(manual.contains(".It Sy \"P\"\nsync conflicts: both values, who and when; pick one\n"))
        #expect(manual.contains("In the sync conflicts view (P): j Down k Up choose a conflict;"))
    }

    @Test("with a remote: the sync's state and the conflicts both show, the sync's alone once they are picked")
    func headerWithSync() throws {
        var environment = DashboardEnvironment.live(
            store: try store(), person: DashboardFixture.person, today: { DashboardFixture.today },
            now: { DashboardFixture.now })
        nonisolated(unsafe) var running = true
        environment.sync = DashboardSync(start: {}, isRunning: { running }, headline: { "synced just now" })
        let c = DashboardRuntime(settings: DisplaySettings(unicode: true), environment: environment)
        c.tick()
        #expect(c.render(width: 80, height: 24).line(0).contains("syncing…"))
        running = false
        c.tick()
        let header = c.render(width: 80, height: 24).line(0)
        #expect(header.contains("synced just now · 1 conflict: P"), "\(header)")
        for key: Key in [.char("P"), .char("s")] { _ = c.handle(key) }
        let picked = c.render(width: 80, height: 24).line(0)
        #expect(picked.contains("synced just now") && !picked.contains("conflict"))
    }

    @Test("long values are cut so who and when stay in view; many conflicts scroll with the selection")
    func longAndMany() throws {
        let long = String(repeating: "Contractor back on site, keys handed back daily. ", count: 4)
        var conflicts = [
            SyncConflict(
                file: StoreLayout.board,
                path: [.key("projects"), .named("Temporary accommodation review"), .key("milestone"), .key("text")],
                shown: .init(value: .string(long), person: "sam", at: Self.later),
                other: .init(value: nil, person: "alex", at: Self.earlier))
        ]
        for i in 1...9 { conflicts.append(Self.owner("Project \(i)", shown: "Owner \(i)", other: "Other \(i)")) }
        // From another machine: what a terminal would obey is shown as text, never sent.
        conflicts.append(Self.owner("Project \u{1B}[2J", shown: "Lee\u{1B}]0;pwned\u{07}", other: "Pat\r\n"))
        let c = DashboardFixture.runtime(try store(conflicts))
        _ = c.handle(.char("P"))
        let frame = c.render(width: 80, height: 24)
        let shown = try #require((0..<24).map(frame.line).first { $0.contains("shown  “Contractor") })
        #expect(shown.contains("…”  by sam, \(JournalText.when(Self.later))"), "cut inside its quotes: \(shown)")
        #expect(frame.text.contains("other  removed  by alex"))
        #expect(frame.text.contains("lines 1–"))
        _ = c.handle(.char("G"))
        let last = c.render(width: 80, height: 24).text
        #expect(last.contains("“Lee") && last.contains("“Pat"))
        #expect(!last.contains("Contractor"))
        #expect(!last.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(last)")
    }

    @Test("golden: the view at 80×24 and 100×30")
    func golden() throws {
        let c = DashboardFixture.runtime(
            try store([
                Self.owner("Void repairs", shown: "J. Okafor", other: "P. Shah"),
                SyncConflict(
                    file: StoreLayout.board, path: [.key("projects"), .named("Lift modernisation")],
                    shown: .init(value: nil, person: "sam", at: Self.later),
                    other: .init(
                        value: .object(["name": .string("Lift modernisation"), "owner": .string("D. Evans")]),
                        person: "alex", at: Self.earlier)),
            ]))
        _ = c.handle(.char("P"))
        for (w, h) in [(80, 24), (100, 30)] {
            try expectGolden(c.render(width: w, height: h), "conflicts-\(w)x\(h)")
        }
    }

    /// `DashboardFixture.expectGolden`, with the local times written as in UTC, so any time zone passes.
    func expectGolden(_ frame: Frame, _ name: String) throws {
        var frame = frame
        for (date, utc) in [(Self.earlier, "18 Nov 12:00"), (Self.later, "18 Nov 12:30")] {
            let local = JournalText.when(date)
            for y in 0..<frame.height {
                guard let range = frame.line(y).range(of: local) else { continue }
                let x = frame.line(y).distance(from: frame.line(y).startIndex, to: range.lowerBound)
                let role = frame[x, y].role
                frame.put(utc, x: x, y: y, role: role)
            }
        }
        try DashboardFixture.expectGolden(frame, name)
    }
}
