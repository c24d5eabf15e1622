import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore

/// Two machines (copies of one store) changed by real actions, merged against the store they started
/// from, and the merged tree read back as a store.
@Suite("Sync merge: two machines' stores become one, field by field, nothing lost")
struct SyncMergeTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    func ctx(_ person: String, minutes: Int) -> ActionContext {
        ActionContext(
            person: person, week: week, now: Self.start.addingTimeInterval(Double(minutes) * 60), today: today)
    }

    /// A store with two projects, synced to two machines (copies).
    func machines() throws -> (base: Store, a: Store, b: Store) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-sync-\(UUID().uuidString)")
        let base = Store(root: root)
        try base.create(name: "Team", now: Self.start)
        try base.perform(
            .board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", owner: "Kim", status: .amber))),
            ctx("alex", minutes: 1))
        try base.perform(
            .board(.addProject(ProjectDraft(name: "Damp", programme: "Plan", owner: "Jo", status: .green))),
            ctx("alex", minutes: 2))
        try base.perform(.week(.setGoal(slot: 1, text: "Agree the contract")), ctx("alex", minutes: 3))
        try base.perform(.week(.setGoal(slot: 2, text: "Publish the plan")), ctx("alex", minutes: 4))
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        try SyncTreeFiles.setOrigin("a1a1a1a1", a)
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        return (base, a, b)
    }

    func cleanUp(_ stores: Store...) {
        for s in stores { try? FileManager.default.removeItem(at: s.root) }
    }

    /// Merges a into b's view and b into a's: the two must agree (every machine converges).
    func merged(_ base: Store, _ a: Store, _ b: Store) throws -> (store: Store, merge: SyncTreeMerge) {
        let (bt, at, tt) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(a), SyncTreeFiles.tree(b))
        let one = try SyncMerge.merge(base: bt, ours: at, theirs: tt)
        let other = try SyncMerge.merge(base: bt, ours: tt, theirs: at)
        #expect(one.tree == other.tree, "both machines merge to the same files")
        return (try SyncTreeFiles.store(one.tree), one)
    }

    func project(_ s: Store, _ name: String) throws -> Project? {
        try s.read(StoreFiles.board).projects.first { $0.name == name }
    }

    @Test("different fields changed on each machine: both kept, no conflict")
    func differentFields() throws {
        let (base, a, b) = try machines()
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.setProjectNote(name: "Voids", note: "Contractor back")), ctx("sam", minutes: 11))
        try a.perform(.week(.setGoalState(slot: 1, .done)), ctx("alex", minutes: 12))
        try b.perform(.week(.editGoal(slot: 2, text: "Publish the winter plan")), ctx("alex", minutes: 13))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let voids = try #require(try project(m, "Voids"))
        #expect(voids.owner == "Pat")
        #expect(voids.note == "Contractor back")
        let goals = try m.read(StoreFiles.personWeek("alex", week)).goals
        #expect(goals[0]?.state == .done)
        #expect(goals[1]?.text == "Publish the winter plan")
        #expect(result.conflicts.isEmpty && result.conflictedPaths.isEmpty)
        #expect(try m.read(StoreFiles.conflicts).conflicts.isEmpty)
        #expect(result.tree.files[StoreLayout.conflicts] == nil, "no conflicts file when there is none")
    }

    @Test("the same field on both: the later change shows, the other is kept with who and when")
    func sameField() throws {
        let (base, a, b) = try machines()
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 20))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try project(m, "Voids")?.owner == "Lee", "sam's change was later")
        let conflicts = try m.read(StoreFiles.conflicts).conflicts
        #expect(conflicts.count == 1)
        let c = try #require(conflicts.first)
        #expect(c.file == "board.json")
        #expect(c.path == [.key("projects"), .named("Voids"), .key("owner")])
        #expect(c.shown.value == .string("Lee") && c.shown.person == "sam")
        #expect(c.shown.at == Self.start.addingTimeInterval(20 * 60))
        #expect(c.other.value == .string("Pat") && c.other.person == "alex")
        #expect(c.other.at == Self.start.addingTimeInterval(10 * 60))
        #expect(c.fieldText == "board.json: projects › Voids › owner")
        #expect(result.conflictedPaths == ["board.json"])
        #expect(result.conflicts == conflicts)
    }

    @Test("projects added on both machines: both on the board, in the order they were added")
    func projectsAddedOnBoth() throws {
        let (base, a, b) = try machines()
        try b.perform(
            .board(.addProject(ProjectDraft(name: "Lifts", programme: "Plan", status: .red))), ctx("sam", minutes: 10))
        try a.perform(
            .board(.addProject(ProjectDraft(name: "Roofs", programme: "Plan", status: .green))),
            ctx("alex", minutes: 11))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try m.read(StoreFiles.board).projects.map(\.name) == ["Voids", "Damp", "Lifts", "Roofs"])
        #expect(result.conflicts.isEmpty)
    }

    @Test("status updates made on both machines the same day: both kept, the later one current")
    func concurrentStatus() throws {
        let (base, a, b) = try machines()
        try b.perform(
            .board(.setProjectStatus(name: "Voids", status: .red, note: "Survey backlog")), ctx("sam", minutes: 30))
        try a.perform(
            .board(.setProjectStatus(name: "Voids", status: .green, note: "Back on site")), ctx("alex", minutes: 10))
        try a.perform(
            .board(.setProjectStatus(name: "Voids", status: .amberGreen, note: "Slipping")), ctx("alex", minutes: 40))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let history = try #require(try project(m, "Voids")).history
        #expect(history.map(\.note) == [nil, "Back on site", "Survey backlog", "Slipping"])
        #expect(history.last?.status == .amberGreen)
        #expect(result.conflicts.isEmpty, "two updates are two events, not one field")
    }

    @Test("a rename on one machine and an update on the other meet in one project")
    func renameAndUpdate() throws {
        let (base, a, b) = try machines()
        try a.perform(.board(.renameProject(name: "Voids", to: "Void repairs")), ctx("alex", minutes: 10))
        try b.perform(
            .board(.setProjectStatus(name: "Voids", status: .red, note: "Parts late")), ctx("sam", minutes: 11))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 12))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let board = try m.read(StoreFiles.board)
        #expect(board.projects.map(\.name) == ["Void repairs", "Damp"])
        let p = try #require(board.projects.first)
        #expect(p.status == .red && p.history.last?.note == "Parts late")
        #expect(p.owner == "Lee")
        #expect(result.conflicts.isEmpty)
    }

    @Test("RAID items raised on both machines both kept; one item changed on both stands as both left it")
    func raidOnBoth() throws {
        let (base, a, b) = try machines()
        let risk = RiskFields(title: "Parts late", likelihood: 4, impact: 5, owner: "Kim")
        try base.perform(.raid(project: "Voids", .addRisk(risk)), ctx("alex", minutes: 5))
        let (a2, b2) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        defer { cleanUp(a, b) }
        try a2.perform(
            .raid(project: "Voids", .addRisk(RiskFields(title: "Staff off", likelihood: 2, impact: 3, owner: "Jo"))),
            ctx("alex", minutes: 10))
        try b2.perform(
            .raid(project: "Voids", .addRisk(RiskFields(title: "Cold snap", likelihood: 3, impact: 3, owner: "Lee"))),
            ctx("sam", minutes: 11))
        try a2.perform(.raid(project: "Voids", .close(.risk, number: 1)), ctx("alex", minutes: 12))
        try b2.perform(.raid(project: "Voids", .editRisk(number: 1, RiskFields(owner: "Pat"))), ctx("sam", minutes: 13))
        let (m, result) = try merged(base, a2, b2)
        defer { cleanUp(base, a2, b2, m) }
        let risks = try #require(try project(m, "Voids")).risks
        #expect(risks.map(\.current.title) == ["Parts late", "Staff off", "Cold snap"])
        #expect(risks[0].current.closed && risks[0].current.owner == "Pat", "closed on one, new owner on the other")
        #expect(risks[0].history.count == 4, "both machines' versions, then the one that merges them")
        #expect(result.conflicts.isEmpty)
    }

    @Test("a project removed on one machine and updated later on the other comes back; the removal is a conflict")
    func deleteThenEdit() throws {
        let (base, a, b) = try machines()
        try a.perform(.board(.removeProject(name: "Damp")), ctx("alex", minutes: 10))
        try b.perform(
            .board(.setProjectStatus(name: "Damp", status: .red, note: "Mould found")), ctx("sam", minutes: 20))
        let (m, _) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try project(m, "Damp")?.history.last?.note == "Mould found", "the later edit shows")
        let c = try #require(try m.read(StoreFiles.conflicts).conflicts.first)
        #expect(c.path == [.key("projects"), .named("Damp")])
        #expect(c.other.value == nil && c.other.person == "alex", "the removal is kept to pick")
    }

    @Test("a project removed later than the other machine's edit is gone; the edited project is kept to pick")
    func editThenDelete() throws {
        let (base, a, b) = try machines()
        try b.perform(
            .board(.setProjectStatus(name: "Damp", status: .red, note: "Mould found")), ctx("sam", minutes: 10))
        try a.perform(.board(.removeProject(name: "Damp")), ctx("alex", minutes: 20))
        let (m, _) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try project(m, "Damp") == nil)
        let c = try #require(try m.read(StoreFiles.conflicts).conflicts.first)
        #expect(c.shown.value == nil)
        guard case .object(let kept)? = c.other.value else { Issue.record("the edited project is kept"); return }
        #expect(kept["name"] == .string("Damp") && c.other.person == "sam")
    }

    @Test("an undo on one machine and a note on the other: both")
    func removedFileAndEdit() throws {
        let (base, a, b) = try machines()
        try a.perform(.week(.setFocus("Winter readiness")), ctx("alex", minutes: 10))
        try a.perform(.week(.addNote(.watch, "Lift 3")), ctx("alex", minutes: 11))
        let (base2, b2) = (try SyncTreeFiles.copy(a), try SyncTreeFiles.copy(a))
        defer { cleanUp(base, a, b) }
        try a.undo(ChangeSource(person: "alex", origin: "cli"), now: Self.start.addingTimeInterval(900))
        try b2.perform(.week(.addNote(.learning, "Surveys first")), ctx("alex", minutes: 16))
        let (m, result) = try merged(base2, a, b2)
        defer { cleanUp(base2, b2, m) }
        let w = try m.read(StoreFiles.personWeek("alex", week))
        #expect(w.notes(.watch).isEmpty, "the undo on one machine")
        #expect(w.notes(.learning) == ["Surveys first"], "the note on the other")
        #expect(w.focus == "Winter readiness")
        #expect(result.conflicts.isEmpty)
    }

    @Test("notes added on both machines are both kept")
    func notesOnBoth() throws {
        let (base, a, b) = try machines()
        try a.perform(.week(.addNote(.watch, "Lift 3")), ctx("alex", minutes: 10))
        try b.perform(.week(.addNote(.watch, "Boiler at Elm Court")), ctx("alex", minutes: 11))
        let (m, _) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        #expect(try m.read(StoreFiles.personWeek("alex", week)).notes(.watch) == ["Lift 3", "Boiler at Elm Court"])
    }

    @Test("idempotent: a merged tree merged again, or with either side again, adds nothing")
    func idempotent() throws {
        let (base, a, b) = try machines()
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 20))
        try b.perform(.board(.setProjectStatus(name: "Damp", status: .red, note: "Mould")), ctx("sam", minutes: 21))
        try a.perform(.board(.setProjectStatus(name: "Damp", status: .amber, note: "Survey")), ctx("alex", minutes: 22))
        let parts = RiskFields(title: "Parts", likelihood: 2, impact: 2, owner: "K")
        try a.perform(.raid(project: "Voids", .addRisk(parts)), ctx("alex", minutes: 23))
        let (m, first) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let (bt, at, tt) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(a), SyncTreeFiles.tree(b))
        #expect(try SyncMerge.merge(base: first.tree, ours: first.tree, theirs: first.tree).tree == first.tree)
        // A crash after applying the merge but before recording it: the next sync merges it again.
        let again = try SyncMerge.merge(base: bt, ours: first.tree, theirs: tt)
        #expect(again.tree == first.tree)
        #expect(again.conflicts.isEmpty, "the conflict is already recorded")
        #expect(try SyncMerge.merge(base: bt, ours: at, theirs: first.tree).tree == first.tree)
        #expect(try SyncMerge.merge(base: tt, ours: first.tree, theirs: tt).tree == first.tree)
    }

    @Test("journals merge by entry: every change of both machines once, numbered, in number order")
    func journals() throws {
        let (base, a, b) = try machines()
        try a.perform(.week(.setFocus("Winter")), ctx("alex", minutes: 10))
        try b.perform(.board(.setProjectNote(name: "Voids", note: "On site")), ctx("sam", minutes: 11))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let months = result.tree.files.keys.filter { $0.hasPrefix("journal/") }
        #expect(months.count == 1)
        let summaries = try m.log(LogQuery()).map(\.summary)
        #expect(summaries.contains("Focus: “Winter”") && summaries.contains("Voids: note “On site”"))
        #expect(Set(summaries).count == summaries.count, "nothing twice")
        let before = try base.log(LogQuery()).count
        #expect(summaries.count == before + 2)
    }

    @Test("a merge that would leave a file the store refuses is refused, naming it, and nothing is merged")
    func invalidRefused() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try a.perform(.week(.setFocus("Winter")), ctx("alex", minutes: 10))
        var theirs = SyncTreeFiles.tree(b)
        let bad =
            #"{ "schemaVersion" : 1, "services" : { "Repairs" : { "channels" : { "phone" : 3 }, "total" : 9 } }, "#
            + #""week" : "2026-W48" }"#
        theirs.files["contacts/2026-W48.json"] = Data(bad.utf8)
        #expect {
            try SyncMerge.merge(base: SyncTreeFiles.tree(base), ours: SyncTreeFiles.tree(a), theirs: theirs)
        } throws: { error in
            "\(error)".contains("contacts/2026-W48.json") && "\(error)".contains("nothing was changed")
        }
    }

    @Test("weekly figures recorded on both machines for different channels: both, total their sum")
    func recordedChannels() throws {
        let (base, a, b) = try machines()
        try a.perform(
            .contacts(.recordCalls(service: "Repairs", count: 120, channel: .phone)), ctx("alex", minutes: 10))
        try b.perform(.contacts(.recordCalls(service: "Repairs", count: 30, channel: .email)), ctx("sam", minutes: 11))
        let (m, result) = try merged(base, a, b)
        defer { cleanUp(base, a, b, m) }
        let count = try #require(try m.read(StoreFiles.contacts(week)).services["Repairs"])
        #expect(count.channels == [.phone: 120, .email: 30] && count.total == 150)
        #expect(result.conflicts.isEmpty)
    }

    @Test("three machines through one remote: all converge, the latest owner shows, no value is lost")
    func threeMachines() throws {
        let (base, a, b) = try machines()
        let c = try SyncTreeFiles.copy(base)
        defer { cleanUp(base, a, b, c) }
        try SyncTreeFiles.setOrigin("c3c3c3c3", c)
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 20))
        try c.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Jo"))), ctx("kim", minutes: 15))
        try c.perform(.board(.addProject(ProjectDraft(name: "Lifts", programme: "Plan"))), ctx("kim", minutes: 16))
        try b.perform(.week(.addNote(.watch, "Boiler")), ctx("alex", minutes: 21))
        // Each syncs in turn with what the remote holds (the last push), against what it last saw.
        let r0 = SyncTreeFiles.tree(base)
        let r1 = try SyncMerge.merge(base: r0, ours: SyncTreeFiles.tree(a), theirs: r0).tree
        let r2 = try SyncMerge.merge(base: r0, ours: SyncTreeFiles.tree(b), theirs: r1).tree
        let r3 = try SyncMerge.merge(base: r0, ours: SyncTreeFiles.tree(c), theirs: r2).tree
        // A second round: each machine's tree is what it pushed; all come to r3.
        #expect(try SyncMerge.merge(base: r1, ours: r1, theirs: r3).tree == r3)
        #expect(try SyncMerge.merge(base: r2, ours: r2, theirs: r3).tree == r3)
        let m = try SyncTreeFiles.store(r3)
        defer { cleanUp(m) }
        let board = try m.read(StoreFiles.board)
        #expect(board.projects.map(\.name) == ["Voids", "Damp", "Lifts"])
        #expect(board.projects[0].owner == "Lee", "sam's change was the latest")
        let values = try m.read(StoreFiles.conflicts).conflicts.flatMap { [$0.shown.value, $0.other.value] }
        for owner in ["Pat", "Lee", "Jo"] { #expect(values.contains(.string(owner)), "\(owner) is kept to pick") }
        #expect(try m.read(StoreFiles.personWeek("alex", week)).notes(.watch) == ["Boiler"])
    }

    @Test("objectives added on both machines both kept; a key result updated on one and added on the other")
    func okrsOnBoth() throws {
        let (base, a, b) = try machines()
        let alex = ChangeSource(person: "alex", origin: "cli"), sam = ChangeSource(person: "sam", origin: "cli")
        try base.perform(.addObjective(title: "Fewer repeat calls"), now: Self.start, source: alex)
        try base.perform(
            .addKeyResult(
                objective: "1", title: "Calling again", baseline: 30, target: 20, current: 30, confidence: nil,
                unit: "%"), now: Self.start, source: alex)
        let (a2, b2) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        defer { cleanUp(a, b, a2, b2) }
        try a2.perform(.addObjective(title: "Homes back in use"), now: Self.start.addingTimeInterval(600), source: alex)
        try b2.perform(.addObjective(title: "Damp cases closed"), now: Self.start.addingTimeInterval(700), source: sam)
        try a2.perform(
            .updateKeyResult(objective: "1", keyResult: "1", current: 27, confidence: nil),
            now: Self.start.addingTimeInterval(800), source: alex)
        try b2.perform(
            .addKeyResult(
                objective: "1", title: "Answered first time", baseline: 60, target: 80, current: 60,
                confidence: nil, unit: "%"), now: Self.start.addingTimeInterval(900), source: sam)
        let (m, result) = try merged(base, a2, b2)
        defer { cleanUp(base, m) }
        let okrs = try m.read(StoreFiles.okrs)
        #expect(okrs.objectives.map(\.title) == ["Fewer repeat calls", "Homes back in use", "Damp cases closed"])
        #expect(okrs.objectives[0].keyResults.map(\.title) == ["Calling again", "Answered first time"])
        #expect(okrs.objectives[0].keyResults[0].current == 27)
        #expect(result.conflicts.isEmpty)
    }

    @Test("untrusted arrivals: a conflicts file naming a path outside the store, a journal line with a bad origin")
    func untrustedArrivals() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try a.perform(.week(.setFocus("Winter")), ctx("alex", minutes: 10))
        try b.perform(.week(.setFocus("Spring")), ctx("sam", minutes: 11))
        let (bt, at) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(a))
        var theirs = SyncTreeFiles.tree(b)
        let outside =
            #"{ "conflicts" : [ { "file" : "../../etc/passwd", "id" : "0123abcd", "other" : { }, "#
            + #""path" : [ ], "shown" : { } } ], "schemaVersion" : 1 }"#
        theirs.files["conflicts.json"] = Data(outside.utf8)
        #expect {
            try SyncMerge.merge(base: bt, ours: at, theirs: theirs)
        } throws: { "\($0)".contains("conflicts.json") && "\($0)".contains("not a store data file") }
        theirs = SyncTreeFiles.tree(b)
        let month = try #require(theirs.files.keys.first { $0.hasPrefix("journal/") })
        var lines = String(decoding: theirs.files[month]!, as: UTF8.self)
        lines = lines.replacingOccurrences(of: "\"origin\":\"b2b2b2b2\"", with: "\"origin\":\"\\u001b[31m\"")
        theirs.files[month] = Data(lines.utf8)
        #expect {
            try SyncMerge.merge(base: bt, ours: at, theirs: theirs)
        } throws: { "\($0)".contains("an origin that is not an id") }
    }
}
