import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore

/// What a user trial of the merge found: who acted for whom, a note edited on both machines, and
/// changes made in the same second on both.
extension SyncMergeTests {
    /// `person`'s change made by `actor` (`priya as alex`), `seconds` after the start.
    func ctx(_ person: String, by actor: String?, seconds: Double) -> ActionContext {
        ActionContext(
            person: person, week: week, now: Self.start.addingTimeInterval(seconds), today: today, access: actor)
    }

    /// `machines()` whose common store also holds alex's watch notes.
    func machinesWithNotes(_ notes: [String]) throws -> (base: Store, a: Store, b: Store) {
        let (base, a0, b0) = try machines()
        cleanUp(a0, b0)
        for (i, note) in notes.enumerated() {
            try base.perform(.week(.addNote(.watch, note)), ctx("alex", minutes: 5 + i))
        }
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        try SyncTreeFiles.setOrigin("a1a1a1a1", a)
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        return (base, a, b)
    }

    func watch(_ s: Store) throws -> [String] { try s.read(StoreFiles.personWeek("alex", week)).notes(.watch) }

    @Test("a change made for someone else is credited to who made it, and can be kept by their name")
    func actorCredited() throws {
        let (base, a, b) = try machines()
        try a.perform(.week(.setFocus("Winter plan")), ctx("alex", by: "priya", seconds: 600))
        try b.perform(.week(.setFocus("Lift repairs")), ctx("alex", by: "sam", seconds: 1200))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let c = try #require(result.conflicts.first)
        #expect(c.shown.value == .string("Lift repairs") && c.shown.person == "sam" && c.shown.actingAs == "alex")
        #expect(c.other.value == .string("Winter plan") && c.other.person == "priya" && c.other.actingAs == "alex")
        let line = ConflictText.line(c, width: 200)
        #expect(line.contains("“Lift repairs” (sam as alex, ") && line.contains("“Winter plan” (priya as alex, "))
        try m.perform(.sync(.resolveConflict(id: c.id, keep: .person("priya"))), ctx("priya", minutes: 30))
        #expect(try m.read(StoreFiles.personWeek("alex", week)).focus == "Winter plan")
        #expect(try m.openConflicts().isEmpty)
    }

    @Test("a conflicts file written before who-acted-as was kept still reads, its person as the author")
    func oldConflictsFileReads() throws {
        let json = """
            { "conflicts" : [ { "file" : "board.json", "id" : "3fa2c1d0",
                "path" : [ "projects", { "name" : "Voids" }, "owner" ],
                "other" : { "at" : "2026-11-24T10:10:00Z", "origin" : "a1a1a1a1", "person" : "alex", "value" : "Pat" },
                "shown" : { "at" : "2026-11-24T10:15:00Z", "person" : "sam", "value" : "Lee" } } ],
              "schemaVersion" : 1 }
            """
        let list = try JSONCoding.decode(ConflictList.self, from: Data(json.utf8), file: "conflicts.json")
        let c = try #require(list.conflicts.first)
        #expect(c.shown.person == "sam" && c.shown.actingAs == nil && c.shown.author == "sam")
        #expect(ConflictText.line(c, width: 200).contains("“Lee” (sam, "))
        let again = try JSONCoding.encode(list)
        #expect(!String(decoding: again, as: UTF8.self).contains("\"as\""), "nothing added for who acted as")
    }

    @Test("one note edited on both machines stays one note: the later edit shown, the other a conflict")
    func noteEditedOnBoth() throws {
        let (base, a, b) = try machinesWithNotes(["Lift 3 out", "Boiler at Elm Court"])
        try a.perform(.week(.editNote(.watch, number: 1, "Lift 3 out: engineer has flu")), ctx("alex", minutes: 10))
        try b.perform(.week(.editNote(.watch, number: 1, "Lift 3 out: gritting first")), ctx("alex", minutes: 12))
        try b.perform(.week(.addNote(.watch, "Damp at Oak Row")), ctx("alex", minutes: 13))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try watch(m) == ["Lift 3 out: gritting first", "Boiler at Elm Court", "Damp at Oak Row"])
        #expect(result.conflicts.count == 1)
        let c = try #require(result.conflicts.first)
        #expect(c.path == [.key("notes"), .key("watch"), .index(0)])
        #expect(c.shown.value == .string("Lift 3 out: gritting first"))
        #expect(c.other.value == .string("Lift 3 out: engineer has flu"))
        // Merged again (a sync cut short), with either side: the same files, no conflict twice.
        let (bt, at, tt) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(a), SyncTreeFiles.tree(b))
        let again = try SyncMerge.merge(base: bt, ours: result.tree, theirs: tt)
        #expect(again.tree == result.tree && again.conflicts.isEmpty)
        #expect(try SyncMerge.merge(base: bt, ours: at, theirs: result.tree).tree == result.tree)
        try m.perform(.sync(.resolveConflict(id: c.id, keep: .other)), ctx("alex", minutes: 30))
        #expect(try watch(m) == ["Lift 3 out: engineer has flu", "Boiler at Elm Court", "Damp at Oak Row"])
    }

    @Test("a note edited on one machine, and on the other edited again or added beside: one note each")
    func noteEditedOnOne() throws {
        let (base, a, b) = try machinesWithNotes(["Lift 3 out"])
        try a.perform(.week(.editNote(.watch, number: 1, "Lift 3 out: flu")), ctx("alex", minutes: 10))
        try a.perform(.week(.editNote(.watch, number: 1, "Lift 3 out: flu, back Monday")), ctx("alex", minutes: 11))
        try b.perform(.week(.addNote(.watch, "Boiler at Elm Court")), ctx("alex", minutes: 12))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try watch(m) == ["Lift 3 out: flu, back Monday", "Boiler at Elm Court"])
        #expect(result.conflicts.isEmpty)
    }

    @Test("a note removed on one machine and edited later on the other: the edit shown, the removal a conflict")
    func noteRemovedAndEdited() throws {
        let (base, a, b) = try machinesWithNotes(["Lift 3 out", "Boiler at Elm Court"])
        try a.perform(.week(.removeNote(.watch, number: 1)), ctx("alex", minutes: 10))
        try b.perform(.week(.editNote(.watch, number: 1, "Lift 3 out: gritting first")), ctx("alex", minutes: 12))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try watch(m) == ["Lift 3 out: gritting first", "Boiler at Elm Court"])
        let c = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(c.shown.value == .string("Lift 3 out: gritting first") && c.other.value == nil)
    }

    @Test("edits of two fields on both machines in the same second: one machine's pair wins whole")
    func sameSecondTie() throws {
        let (base, a, b) = try machines()
        // Text alone would pick "Pat" (a's) for the owner and "Zinc roof" (b's) for the note.
        try a.perform(
            .board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", by: nil, seconds: 600))
        try a.perform(.board(.setProjectNote(name: "Voids", note: "Asbestos")), ctx("alex", by: nil, seconds: 600))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", by: nil, seconds: 600))
        try b.perform(.board(.setProjectNote(name: "Voids", note: "Zinc roof")), ctx("sam", by: nil, seconds: 600))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let voids = try #require(try project(m, "Voids"))
        #expect(voids.owner == "Lee" && voids.note == "Zinc roof", "the greater copy's (b2b2b2b2) pair")
        #expect(result.conflicts.count == 2)
        #expect(result.conflicts.allSatisfy { $0.other.person == "alex" && $0.shown.person == "sam" })
    }
}
