import Foundation
import Testing
@testable import WeekboardCore

@Suite("Dashboard: the notes panel")
struct DashboardNotesTests {
    let week = DashboardFixture.week

    func notes() throws -> DashboardState {
        var s = try DashboardFixture.state(width: 160, height: 48)
        s.focused = .notes
        return s
    }

    @Test("j and k walk entries and empty sections' placeholders across the three sections")
    func moving() throws {
        let s = try notes()
        var (n, _) = DashboardFixture.press(s, [.char("j"), .char("j")])
        #expect(n.selectedNote == NoteRef(section: .learning, index: 0))
        (n, _) = DashboardFixture.press(s, Array(repeating: .char("j"), count: 9))
        #expect(n.selectedNote == NoteRef(section: .next, index: 0))
        (n, _) = DashboardFixture.press(n, [.char("k"), .char("k"), .char("k")])
        #expect(n.selectedNote == NoteRef(section: .watch, index: 0))
    }

    @Test("a adds to the selected section, e edits the entry, d removes it after y")
    func addEditRemove() throws {
        let s = try notes()
        var (n, effects) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("a")])
        #expect(n.editing?.target == .newNote(.learning))
        (n, effects) = DashboardFixture.press(n, Array("Text a slot").map(Key.char) + [.enter])
        #expect(effects.map(\.forgettingEdit) == [.perform(.week(.addNote(.learning, "Text a slot")), week: week)])
        (n, effects) = DashboardFixture.press(s, [.char("j"), .char("e"), .ctrl("u")] + Array("Renewal").map(Key.char))
        (n, effects) = DashboardFixture.press(n, [.enter])
        #expect(effects.map(\.forgettingEdit) == [.perform(.week(.editNote(.watch, number: 2, "Renewal")), week: week)])
        (n, effects) = DashboardFixture.press(s, [.char("j"), .char("d")])
        #expect(effects.isEmpty)
        (n, effects) = DashboardFixture.press(n, [.char("y")])
        #expect(effects == [.perform(.week(.removeNote(.watch, number: 2)), week: week)])
    }

    @Test("e and d on an empty section say how to add; read-only refuses a")
    func emptySection() throws {
        let s = try notes()
        var (n, effects) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("e")])
        #expect(n.editing == nil && effects.isEmpty)
        #expect(n.message?.text == "What I'm learning has no entries yet: press a to add one.")
        (n, effects) = DashboardFixture.press(s, [.char("j"), .char("j"), .char("d")])
        #expect(n.overlay == nil && effects.isEmpty)
        var ro = try DashboardFixture.state(readOnly: true)
        ro.focused = .notes
        (n, effects) = DashboardFixture.press(ro, [.char("a")])
        #expect(n.editing == nil && n.message == .readOnly)
    }
}
