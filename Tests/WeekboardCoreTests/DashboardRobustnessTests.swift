import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Dashboard at any size and with hostile text")
struct DashboardRobustnessTests {
    let temp = TempStore("dash")
    @Test func noCrashAtAnySizeInAnyMode() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        let modes: [[Key]] = [
            [], [.char("?")], [.char("?"), .escape, .char("T")], [.char("T"), .tab, .char("s")],
            [.escape, .char("e")],
        ]
        var sizes: [(Int, Int)] = [(0, 0), (1, 1), (2, 1), (1, 2), (59, 15), (60, 16), (119, 23), (120, 24)]
        for w in stride(from: 0, through: 200, by: 25) {
            for h in stride(from: 0, through: 60, by: 10) { sizes.append((w, h)) }
        }
        for keys in modes {
            for k in keys { _ = c.handle(k) }
            for (w, h) in sizes {
                let f = c.render(width: w, height: h)
                #expect(f.width == w && f.height == h)
                if let cursor = f.cursor {
                    #expect(f.contains(x: cursor.x, y: cursor.y), "cursor off screen at \(w)x\(h)")
                }
                for y in 0..<f.height { #expect(TextWidth.of(f.line(y)) <= w, "row \(y) too wide at \(w)x\(h)") }
                _ = c.handle(.mouse(x: w / 2, y: h / 2, event: .press))  // clicks at any size are safe too
                _ = c.handle(.escape)
            }
        }
    }

    @Test func tooSmallBelowSixtyBySixteen() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        #expect(c.render(width: 59, height: 24).text.contains("Terminal too small"))
        #expect(c.render(width: 80, height: 15).text.contains("Terminal too small"))
        #expect(!c.render(width: 60, height: 16).text.contains("Terminal too small"))
    }

    /// A store whose text tries to drive the terminal: escape sequences, BEL, a C1 CSI, a bidi override.
    func hostileStore() throws -> Store {
        let store = try DashboardFixture.makeStore(in: temp)
        let ctx = ActionContext(
            person: "alex", week: DashboardFixture.week, now: DashboardFixture.now, today: DashboardFixture.today)
        try store.perform(.week(.setFocus("evil \u{1B}[2J\u{1B}]0;pwned\u{07} done")), ctx)
        try store.perform(.week(.setGoal(slot: 1, text: "C1 \u{9B}31m red")), ctx)
        try store.perform(.board(.setProjectNote(name: "Damp and mould triage", note: "abc \u{202E}fdp.exe")), ctx)
        return store
    }

    @Test func hostileTextIsShownVisiblyAndNeverRaw() throws {
        let c = DashboardFixture.runtime(try hostileStore())
        for (w, h) in [(80, 24), (160, 48)] {
            let frame = c.render(width: w, height: h)
            let text = frame.text
            #expect(text.contains("evil ^[[2J^[]0;pwned^G done"))
            #expect(text.contains("C1 <U+009B>31m red"))
            #expect(text.contains("abc <U+202E>fdp.exe"))
            for cell in frame.cells {
                #expect(
                    !cell.text.unicodeScalars.contains { Sanitize.needsEscape($0) }, "raw control character in a cell")
            }
        }
    }

    @Test func wideCharactersAreCutOnCellBoundaries() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let ctx = ActionContext(
            person: "alex", week: DashboardFixture.week, now: DashboardFixture.now, today: DashboardFixture.today)
        let cjk = String(repeating: "日本語", count: 20)
        try store.perform(.week(.setFocus(cjk)), ctx)
        try store.perform(.week(.setGoal(slot: 2, text: "🎉 party " + cjk)), ctx)
        let c = DashboardFixture.runtime(store)
        for w in [60, 61, 80, 81, 120, 121] {
            let frame = c.render(width: w, height: 24)
            let focusRow = try #require((0..<frame.height).map(frame.line).first { $0.contains("日本語日本語") })
            #expect(focusRow.contains("…"))
            #expect(TextWidth.of(focusRow) <= w)
            // The next panel's border is untouched: nothing spilled over.
            for y in 0..<frame.height {
                #expect(TextWidth.of(frame.line(y)) == w, "row \(y) at width \(w) is not exactly the frame's width")
            }
            let goalRow = try #require((0..<frame.height).map(frame.line).first { $0.contains("🎉 party") })
            #expect(goalRow.contains("…"))
        }
    }
}
