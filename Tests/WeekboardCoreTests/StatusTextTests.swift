import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

@Suite("status text on the demo store")
struct StatusTextTests {
    let temp = TempStore("status")
    let today = CalendarDay.parse("2026-11-24")!

    func demo() throws -> (Store, WeekSnapshot) {
        let s = temp.store("status")
        try DemoStore.fill(
            s, person: "alex", today: today, now: Date(timeIntervalSince1970: 1_795_500_000),
            source: .init(person: "alex", origin: "test"))
        return (s, try WeekSnapshot.load(store: s, person: "alex", week: ISOWeek(containing: today), today: today))
    }

    @Test("fits 80 columns and tells the week's story")
    func demoStatus() throws {
        let (s, snap) = try demo()
        let lines = StatusText(snap).lines.map(\.plain)
        for l in lines { #expect(TextWidth.of(l) <= 80, "too wide: \(l)") }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Week 2026.48 · w/c 23 Nov 2026  Technical Services · alex"))
        #expect(text.contains("met 1 of 3 · 2 positive weeks in a row"))
        #expect(text.contains("Technical Services 12 Point Plan  ■ R Off track"))
        #expect(text.contains("STALE 16d"))
        let repairs = try #require(lines.first { $0.contains("Repairs") && $0.contains("normal") })
        #expect(repairs.contains("5,500"))
        #expect(repairs.contains("same wk 3y"))
        // The board is worst first: the first project line is red.
        let heading = lines.firstIndex { $0.contains("Technical Services 12 Point Plan") }
        let firstProject = try #require(heading)
        #expect(lines[firstProject + 1].contains("■ R Off track"))
    }

    @Test("--plain output is pure ASCII")
    func plainIsASCII() throws {
        let (s, snap) = try demo()
        let text = StatusText(snap, unicode: false).lines.map(\.plain).joined(separator: "\n")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("# R Off track"))
    }

    @Test("each ASCII mark means one thing: status, trend, goal and history marks never share a character")
    func asciiMarksAreUnambiguous() {
        let groups: [[String]] = [
            Set(RAGStatus.allCases.map { $0.shape(unicode: false) }).sorted(),
            [Trend.better, .same, .worse].map { $0.arrow(unicode: false) },
            GoalState.allCases.map { $0.mark(unicode: false) },
            HistoryCell.allCases.map { $0.symbol(unicode: false) },
        ]
        #expect(groups == [["#", "@", "^", "v"], ["+", "=", "-"], ["o", "~", "x", "/"], ["X", "%", "_", "."]])
        let all = groups.flatMap { $0 }
        #expect(Set(all).count == all.count, "\(all)")
    }

    @Test("hostile text is shown visibly, never raw")
    func hostile() throws {
        let (s, _) = try demo()
        let ctx = ActionContext(person: "alex", week: ISOWeek(containing: today), now: Date(), today: today)
        try s.perform(.week(.setFocus("Pwn \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}[2J \u{9B}31m \u{202E}txet")), ctx)
        let snap = try WeekSnapshot.load(store: s, person: "alex", week: ISOWeek(containing: today), today: today)
        let text = StatusText(snap).lines.map(\.plain).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(text.contains("Pwn ^[]52;c;ZXZpbA==^G ^[[2J <U+009B>31m <U+202E>txet"))
    }
}
