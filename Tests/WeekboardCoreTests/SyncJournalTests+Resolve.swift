import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore

/// `sync resolve`: a person picks the value to keep, as an ordinary journalled, undoable change.
extension SyncJournalTests {
    /// a and b set the owner of Voids differently (b later), and a has synced: one conflict on a.
    func conflicted() throws -> (base: Store, a: Store, b: Store, conflict: SyncConflict) {
        let (base, a, b) = try machines()
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 15))
        try sync(a, base: base, other: b, minutes: 20)
        let open = try a.openConflicts()
        #expect(open.count == 1)
        return (base, a, b, try #require(open.first))
    }

    func owner(_ s: Store) throws -> String? { try s.read(StoreFiles.board).projects[0].owner }

    @Test("keeping the other value puts it back and closes the conflict; undo brings both back")
    func resolveOther() throws {
        let (base, a, b, c) = try conflicted()
        defer { cleanUp(base, a, b) }
        #expect(try owner(a) == "Lee")
        let out = try a.perform(
            .sync(.resolveConflict(id: String(c.id.prefix(4)), keep: .other)), ctx("alex", minutes: 30))
        #expect(
            out.message.hasPrefix(
                "Conflict \(c.id) resolved: Voids: owner keeps “Pat” (alex, ")
        )
        #expect(try owner(a) == "Pat")
        #expect(try a.openConflicts().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: a.url("conflicts.json").path), "no empty file left")
        try a.undo(source("alex"), now: Self.start.addingTimeInterval(40 * 60))
        #expect(try owner(a) == "Lee")
        #expect(try a.openConflicts().map(\.id) == [c.id])
    }

    @Test("keeping a person's value, or the shown one, by name; a wrong id or person is refused, naming them")
    func resolveByPerson() throws {
        let (base, a, b, c) = try conflicted()
        defer { cleanUp(base, a, b) }
        let pick = ConflictPick("sam", actingPerson: "alex")
        try a.perform(.sync(.resolveConflict(id: c.id, keep: pick)), ctx("alex", minutes: 30))
        #expect(try owner(a) == "Lee" && a.openConflicts().isEmpty)
        let before = SyncTreeFiles.tree(a)
        #expect {
            try a.perform(.sync(.resolveConflict(id: "ffff", keep: .shown)), ctx("alex", minutes: 31))
        } throws: { "\($0)".contains("no conflict ffff: there are none") }
        #expect(SyncTreeFiles.tree(a) == before)
    }

    @Test("a person who set neither value is refused, listing whose they are")
    func resolveWrongPerson() throws {
        let (base, a, b, c) = try conflicted()
        defer { cleanUp(base, a, b) }
        #expect {
            try a.perform(.sync(.resolveConflict(id: c.id, keep: .person("kim"))), ctx("alex", minutes: 30))
        } throws: { "\($0)".contains("neither value of \(c.id) is kim's (they are sam and alex's)") }
        #expect(try a.openConflicts().count == 1)
    }

    @Test("a resolve made on one machine travels: after the next sync the conflict is closed on both")
    func resolveTravels() throws {
        let (base, a, b, c) = try conflicted()
        let (ancestor, b2) = (try SyncTreeFiles.copy(a), try SyncTreeFiles.copy(a))
        defer { cleanUp(base, a, b, ancestor, b2) }
        try SyncTreeFiles.setOrigin("b2b2b2b2", b2)
        try a.perform(.sync(.resolveConflict(id: c.id, keep: .other)), ctx("alex", minutes: 30))
        try b2.perform(.week(.setFocus("Winter")), ctx("sam", minutes: 31))
        let m = try SyncMerge.merge(
            base: SyncTreeFiles.tree(ancestor), ours: SyncTreeFiles.tree(b2), theirs: SyncTreeFiles.tree(a))
        #expect(m.tree.files[StoreLayout.conflicts] == nil && m.conflicts.isEmpty)
        let merged = try SyncTreeFiles.store(m.tree)
        defer { cleanUp(merged) }
        #expect(try owner(merged) == "Pat")
    }
}
