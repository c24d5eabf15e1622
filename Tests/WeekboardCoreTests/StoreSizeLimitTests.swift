import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Size limits: text counts bytes, and no write makes a file the reader refuses")
struct StoreSizeLimitTests {
    let temp = TempStore("size")
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    func tempStore() throws -> Store {
        let s = temp.store("size")
        try s.create(name: "Test", now: now)
        return s
    }

    func ctx() -> ActionContext { ActionContext(person: "alex", week: week, now: now, today: today) }

    func files(_ s: Store) -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: s.root.path)
        while let rel = walker?.nextObject() as? String {
            if let d = FileManager.default.contents(atPath: s.url(rel).path) { out[rel] = d }
        }
        return out
    }

    /// One character: a letter under 40,000 combining marks (120 KB).
    static let heavy = "e" + String(repeating: "\u{0301}", count: 40_000)

    @Test("one character of 120 KB is refused as a note, goal, focus or project name, naming the bytes")
    func bytesCounted() throws {
        #expect(Self.heavy.count == 1)
        let s = try tempStore()
        try s.perform(
            .board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", owner: nil, status: .amber))), ctx())
        let before = files(s)
        let actions: [Action] = [
            .board(.setProjectStatus(name: "Voids", status: .red, note: Self.heavy)), .week(.setFocus(Self.heavy)),
            .week(.setGoal(slot: 1, text: Self.heavy)), .week(.addNote(.watch, Self.heavy)),
            .board(.setProjectNote(name: "Voids", note: Self.heavy)),
            .board(.addProject(ProjectDraft(name: Self.heavy, programme: "Plan", owner: nil, status: .red))),
        ]
        for a in actions {
            #expect {
                try s.perform(a, ctx())
            } throws: { e in
                "\(e)".contains("80001 bytes; keep it to")
            }
        }
        #expect(files(s) == before)
        // Ordinary text in any script, emoji included, fits: the byte limit is four a character.
        let wide = String(repeating: "👩🏽‍🔧", count: 10) + String(repeating: "水", count: 250)
        try s.perform(.week(.setFocus(wide)), ctx())
    }

    @Test("a write that would be over 16 MiB is refused before anything is written, naming the file and the limit")
    func writeChecked() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("Before")), ctx())
        let before = files(s)
        var big = PersonWeek(person: "alex", week: week)
        big.focus = "x"
        big.notes[.watch] = Array(repeating: String(repeating: "y", count: 1000), count: 17_000)
        let path = s.url(StoreFiles.personWeek("alex", week).path).path
        #expect {
            try s.transaction { tx in
                try tx.write(StoreFiles.board, Board())
                try tx.write(StoreFiles.personWeek("alex", week), big)
            }
        } throws: { e in
            let text = "\(e)"
            return text.contains(path) && text.contains("16 MiB") && text.contains("nothing was written")
        }
        #expect(files(s) == before, "the board staged before it must not be written either")
        #expect(try s.read(StoreFiles.personWeek("alex", week)).focus == "Before")
    }
}
