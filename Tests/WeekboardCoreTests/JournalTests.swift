import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Journal: every change recorded, attributed, and undoable field by field")
struct JournalTests {
    let temp = TempStore("journal")
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    func tempStore() throws -> Store {
        let s = temp.store("journal")
        try s.create(name: "Test", now: now)
        return s
    }

    func ctx(_ person: String = "alex", origin: String = "cli") -> ActionContext {
        ActionContext(person: person, week: week, now: now, today: today, origin: origin)
    }

    func goals(_ s: Store, _ person: String = "alex") throws -> [GoalState?] {
        try s.read(StoreFiles.personWeek(person, week)).goals.map { $0?.state }
    }

    @Test("each change appends one entry: who, from where, what, which files; the file is 0600")
    func entries() throws {
        let s = try tempStore()
        try s.perform(.week(.setGoal(slot: 1, text: "Agree the contract")), ctx(origin: "dashboard"))
        try s.perform(.week(.setGoalState(slot: 1, .done)), ctx())
        try s.perform(.board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", status: .amber))), ctx("sam"))
        try s.perform(.board(.setProjectStatus(name: "Voids", status: .red, note: "Survey backlog")), ctx("sam"))
        let log = try s.log(LogQuery())
        #expect(log.map(\.seq) == [5, 4, 3, 2, 1], "newest first; 1 is the store's creation")
        #expect(log[0].summary == "Voids moved from Amber to Red: “Survey backlog”")
        #expect(log[0].source == ChangeSource(person: "sam", origin: "cli"))
        #expect(log[0].written == ["board.json"])
        #expect(log[3].source.origin == "dashboard")
        #expect(log[3].week == week.id)
        #expect(try s.log(LogQuery(project: "voids")).map(\.seq) == [5, 4])
        #expect(try s.log(LogQuery(person: "alex")).map(\.seq) == [3, 2])
        let segment = try #require(Journal(store: s).segments().last)
        let mode = try FileManager.default.attributesOfItem(atPath: s.url(segment).path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("undo restores the field, redo puts it back; undo is itself a journalled change")
    func undoRedo() throws {
        let s = try tempStore()
        try s.perform(.week(.setGoal(slot: 1, text: "Agree the contract")), ctx())
        try s.perform(.week(.setGoalState(slot: 1, .done)), ctx())
        let undone = try s.undo(ctx().source, now: now)
        #expect(undone.undid.summary == "Goal 1 done")
        #expect(undone.committed.summary == "Undid: Goal 1 done")
        #expect(try goals(s)[0] == .open)
        let redone = try s.redo(ctx().source, now: now)
        #expect(redone.committed.summary == "Redid: Goal 1 done")
        #expect(try goals(s)[0] == .done)
        // Undo again takes the redo back; then undo the goal's creation: the week file goes.
        try s.undo(ctx().source, now: now)
        try s.undo(ctx().source, now: now)
        #expect(!s.has(StoreFiles.personWeek("alex", week)), "a file undo empties again is removed")
        #expect(throws: UndoError.self) { try s.undo(ctx().source, now: now) }
        #expect(try s.log(LogQuery()).first?.kind == .undo)
    }

    @Test("a new change ends what can be redone")
    func newChangeEndsRedo() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("One")), ctx())
        try s.undo(ctx().source, now: now)
        try s.perform(.week(.setFocus("Two")), ctx())
        #expect(throws: UndoError.self) { try s.redo(ctx().source, now: now) }
    }

    @Test("undo refuses when a later change altered the same field, naming it; other fields do not block")
    func conflicts() throws {
        let s = try tempStore()
        try s.perform(.board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", status: .amber))), ctx())
        try s.perform(.board(.addProject(ProjectDraft(name: "Damp", programme: "Plan", status: .green))), ctx("sam"))
        try s.perform(.board(.setProjectNote(name: "Voids", note: "Contractor late")), ctx())
        // sam changes another project and another field: alex's note can still be undone.
        try s.perform(.board(.setProjectStatus(name: "Damp", status: .red, note: nil)), ctx("sam"))
        try s.undo(ctx().source, now: now)
        #expect(try s.read(StoreFiles.board).projects.first { $0.name == "Voids" }?.note == nil)
        #expect(try s.read(StoreFiles.board).projects.first { $0.name == "Damp" }?.status == .red)
        // Now sam sets Voids' note over alex's redo: alex's undo of the redo must refuse and name sam.
        try s.redo(ctx().source, now: now)
        try s.perform(.board(.setProjectNote(name: "Voids", note: "Contractor on site")), ctx("sam"))
        let before = try Data(contentsOf: s.url("board.json"))
        do {
            try s.undo(ctx().source, now: now)
            Issue.record("undo should have refused")
        } catch let e as UndoError {
            #expect(e.message.contains("sam changed it since"), "\(e.message)")
            #expect(e.message.contains("Voids: note “Contractor on site”"), "\(e.message)")
        }
        #expect(try Data(contentsOf: s.url("board.json")) == before, "a refused undo writes nothing")
    }

    @Test("undo of a status update removes that update; the status and note go back")
    func undoStatus() throws {
        let s = try tempStore()
        try s.perform(
            .board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", status: .amber, note: "Started"))), ctx())
        try s.perform(.board(.setProjectStatus(name: "Voids", status: .red, note: "Survey backlog")), ctx())
        try s.undo(ctx().source, now: now)
        let p = try #require(try s.read(StoreFiles.board).projects.first)
        #expect(p.history.map(\.status) == [.amber])
        #expect(p.status == .amber)
        #expect(p.note == "Started")
    }

    @Test("undo is per person: alex's undo never takes back sam's change")
    func perPerson() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("Alex's focus")), ctx())
        try s.perform(.week(.setFocus("Sam's focus")), ctx("sam"))
        let undone = try s.undo(ctx().source, now: now)
        #expect(undone.undid.summary == "Focus: “Alex's focus”")
        #expect(try s.read(StoreFiles.personWeek("sam", week)).focus == "Sam's focus")
        #expect(try s.undoList(person: "sam").map(\.summary) == ["Focus: “Sam's focus”"])
    }

    @Test("pruning removes old entries only, as a change the journal records")
    func prune() throws {
        let s = try tempStore()
        let old = ActionContext(person: "alex", week: week, now: now.addingTimeInterval(-90 * 86_400), today: today)
        try s.perform(.week(.setFocus("Old")), old)
        try s.perform(.week(.setFocus("New")), ctx())
        let n = try s.pruneJournal(before: today.adding(days: -30), source: ctx().source, now: now)
        #expect(n == 1, "the old focus")
        #expect(
            try s.log(LogQuery()).map(\.summary)
                == ["Pruned 1 journal entry from before 2026-10-25", "Focus: “New”", "Created the store Test"])
        #expect(try s.read(StoreFiles.personWeek("alex", week)).focus == "New", "data is untouched")
    }

    @Test("a commit cut short after its redo record is finished by the next writer; readers see it whole")
    func recovery() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("Before")), ctx())
        // The fault tests kill a real writer at each step; here a pending record is made by hand the way
        // a crash leaves it: the temp file staged, the record durable.
        let target = s.url(StoreLayout.personWeek("alex", week))
        var pw = try s.read(StoreFiles.personWeek("alex", week))
        _ = try pw.setFocus("After")
        let temp = try AtomicFile.stage(try JSONCoding.encode(pw), for: target, root: s.root)
        let entry = JournalEntry(
            seq: 3, at: now, source: ctx().source, kind: .change, target: nil, week: week.id,
            summary: "Focus: “After”", written: [StoreLayout.personWeek("alex", week)],
            removed: [], fields: [])
        let rel = String(temp.path.dropFirst(s.root.path.count + 1))
        let record = PendingCommit(entry: entry, steps: [.init(path: StoreLayout.personWeek("alex", week), temp: rel)])
        try AtomicFile.write(try JSONCoding.encode(record), to: s.url(StoreLayout.pendingCommit), root: s.root)
        #expect(try s.reading { try $0.read(StoreFiles.personWeek("alex", week)) }.focus == "After")
        #expect(try s.read(StoreFiles.personWeek("alex", week)).focus == "Before", "not yet in place")
        try s.perform(.week(.setGoal(slot: 1, text: "Next")), ctx())
        let now = try s.read(StoreFiles.personWeek("alex", week))
        #expect(now.focus == "After" && now.goals[0]?.text == "Next")
        #expect(try s.log(LogQuery()).prefix(2).map(\.seq) == [4, 3])
        #expect(!FileManager.default.fileExists(atPath: s.url(StoreLayout.pendingCommit).path))
    }

    @Test("nothing inside the store is followed through a symbolic link")
    func symlinks() throws {
        let s = try tempStore()
        let elsewhere = temp.folder("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data().write(to: elsewhere.appendingPathComponent(".tmp-keep"))
        try FileManager.default.createDirectory(at: s.url("people"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: s.url("people/alex"), withDestinationURL: elsewhere)
        #expect(throws: StoreError.symlink(path: s.url("people/alex").path)) {
            try s.perform(.week(.setFocus("X")), ctx())
        }
        #expect(throws: StoreError.symlink(path: s.url("people/alex").path)) {
            try s.read(StoreFiles.personWeek("alex", week))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [".tmp-keep"])
        // A dangling .lock link is refused, not created at its target.
        try FileManager.default.removeItem(at: s.url(".lock"))
        let target = elsewhere.appendingPathComponent("lock-target")
        try FileManager.default.createSymbolicLink(at: s.url(".lock"), withDestinationURL: target)
        #expect(throws: StoreError.self) { try s.perform(.week(.setFocus("Y")), ctx("sam")) }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
