import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore

/// Journals of two machines after a sync: one identity per entry, numbers never given twice, `log` in
/// time order naming where each change was made, and `undo` of a person's own change wherever made.
@Suite("Sync and the journal: entries keep their identity, log interleaves, undo works across machines")
struct SyncJournalTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    func ctx(_ person: String, minutes: Int) -> ActionContext {
        ActionContext(
            person: person, week: week, now: Self.start.addingTimeInterval(Double(minutes) * 60), today: today)
    }

    func source(_ person: String) -> ChangeSource { ChangeSource(person: person, origin: "cli") }

    func machines() throws -> (base: Store, a: Store, b: Store) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-syncj-\(UUID().uuidString)")
        let base = Store(root: root)
        try base.create(name: "Team", now: Self.start)
        try base.perform(
            .board(.addProject(ProjectDraft(name: "Voids", programme: "Plan", owner: "Kim", status: .amber))),
            ctx("alex", minutes: 1))
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        try SyncTreeFiles.setOrigin("a1a1a1a1", a)
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        return (base, a, b)
    }

    /// What a sync does on `store` once merged: the merged tree committed as one change that cannot be
    /// undone (gitsync's `sync` does this through the same commit).
    func sync(_ store: Store, base: Store, other: Store, minutes: Int) throws {
        let ours = SyncTreeFiles.tree(store)
        let merged = try SyncMerge.merge(
            base: SyncTreeFiles.tree(base), ours: ours, theirs: SyncTreeFiles.tree(other)
        ).tree
        try store.apply(
            StoreChange<Void>(
                source: ChangeSource(person: "alex", origin: "sync"), undoable: false,
                at: Self.start.addingTimeInterval(Double(minutes) * 60)
            ) { tx in
                for (path, data) in merged.files where ours.files[path] != data { tx.writeRaw(path, data) }
                for path in ours.files.keys where merged.files[path] == nil { tx.remove(path) }
                return ("Synced", ())
            })
    }

    func cleanUp(_ stores: Store...) {
        for s in stores { try? FileManager.default.removeItem(at: s.root) }
    }

    @Test("after a sync every change of both machines is in the log once, newest first by time, each numbered apart")
    func logInterleaves() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try a.perform(.week(.setFocus("Winter")), ctx("alex", minutes: 10))
        try b.perform(.board(.setProjectNote(name: "Voids", note: "On site")), ctx("sam", minutes: 12))
        try a.perform(.week(.addNote(.watch, "Lift 3")), ctx("alex", minutes: 14))
        try sync(a, base: base, other: b, minutes: 20)
        let log = try a.log(LogQuery())
        #expect(
            log.map(\.summary).prefix(4)
                == ["Synced", "Ones to watch: added “Lift 3”", "Voids: note “On site”", "Focus: “Winter”"])
        let here = a.journalOrigin
        #expect(here == "a1a1a1a1")
        let lines = JournalText.lines(log, width: 200, here: here)
        #expect(lines[2].hasPrefix("#3@b2b2  ") && lines[2].contains("sam (cli, on another machine)"))
        #expect(lines[1].hasPrefix("#4  ") && !lines[1].contains("another machine"))
        #expect(lines.last?.hasPrefix("#1  ") == true, "entries from before sync are read as they were")
        #expect(Set(log.map(\.id)).count == log.count, "no two entries share an identity")
        // The next number is past every number seen, the other machine's included, and so is the mark.
        let next = try a.perform(.week(.setFocus("Winter readiness")), ctx("alex", minutes: 30))
        #expect(next.entry?.seq == 6 && next.entry?.origin == "a1a1a1a1")
        #expect(Journal(store: a).mark() == 6)
    }

    @Test("a machine that was behind numbers past the entries a sync brought in")
    func numberingPastSynced() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        for i in 0..<5 { try b.perform(.week(.setFocus("Focus \(i)")), ctx("sam", minutes: 10 + i)) }
        try sync(a, base: base, other: b, minutes: 20)
        let synced = try #require(try a.log(LogQuery(), limit: 1).first)
        #expect(synced.summary == "Synced" && synced.seq == 8, "past b's 3…7")
        #expect(Journal(store: a).mark() == 8)
    }

    @Test("undo takes back the person's own latest change made on the other machine")
    func undoAcrossMachines() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try sync(a, base: base, other: b, minutes: 20)
        let undone = try a.undo(source("alex"), now: Self.start.addingTimeInterval(25 * 60))
        #expect(undone.undid.origin == "b2b2b2b2" && undone.undid.summary.contains("owner"))
        #expect(try a.read(StoreFiles.board).projects[0].owner == "Kim")
        let entry = try #require(undone.committed.entry)
        #expect(entry.targetID == undone.undid.id, "the undo names the entry by its identity")
        #expect(entry.targetOrigin == "b2b2b2b2")
        // Undone once is undone everywhere: nothing else of alex's to take back here but the project.
        let next = try a.undoList(person: "alex")
        #expect(!next.contains { $0.id == undone.undid.id })
    }

    @Test("undo refuses, naming the other machine's later change to the same field")
    func undoRefusesLaterChangeElsewhere() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", minutes: 15))
        try sync(a, base: base, other: b, minutes: 20)
        #expect(try a.read(StoreFiles.board).projects[0].owner == "Lee")
        let before = SyncTreeFiles.tree(a)
        #expect {
            try a.undo(source("alex"), now: Self.start.addingTimeInterval(25 * 60))
        } throws: { error in
            let text = "\(error)"
            return text.contains("sam changed it since on another machine")
                && text.contains("#3@b2b2") && text.contains("Nothing was changed")
        }
        #expect(SyncTreeFiles.tree(a) == before, "nothing was changed")
    }

    @Test("a change to other fields on the other machine does not stop undo")
    func undoBesideOtherFields() throws {
        let (base, a, b) = try machines()
        defer { cleanUp(base, a, b) }
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", minutes: 10))
        try b.perform(.board(.setProjectNote(name: "Voids", note: "On site")), ctx("sam", minutes: 15))
        try sync(a, base: base, other: b, minutes: 20)
        try a.undo(source("alex"), now: Self.start.addingTimeInterval(25 * 60))
        let voids = try a.read(StoreFiles.board).projects[0]
        #expect(voids.owner == "Kim" && voids.note == "On site")
    }
}
