import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport
@testable import WeekboardDemo

/// `w`, `o` and `h` against a store on disk: what is read, what is written, what the screen says.
@Suite("Dashboard runtime: weeknote save, OKRs, history")
struct DashboardDocumentsRuntimeTests {
    let temp = TempStore("dash")
    func runtime(_ store: Store, readOnly: Bool = false) throws -> (DashboardRuntime, URL) {
        let folder = try temp.directory("export")
        return (DashboardFixture.runtime(store, readOnly: readOnly, exportFolder: folder), folder)
    }

    func files(_ store: Store) throws -> [String: Data] { StoreSnapshot.files(store.root) }

    @Test func savesTheWeeknoteOnceAndRefusesToOverwriteEvenReadOnly() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let before = try files(store)
        let (c, folder) = try runtime(store, readOnly: true)
        for key: Key in [.char("w"), .char("s"), .enter] { _ = c.handle(key) }
        let saved = folder.appendingPathComponent("weeknote-2026-W48.md")
        let expected = Weeknote.markdown(try #require(c.state.snapshot))
        #expect(try String(contentsOf: saved, encoding: .utf8) == expected)
        #expect(expected.hasPrefix("# Weeknote 2026.48 — alex — w/c 23 November 2026"))
        var frame = c.render(width: 200, height: 24)
        #expect(frame.line(22).contains("Saved the weeknote to \(saved.standardizedFileURL.path)"))

        // Again: the file is there, so nothing is replaced and the line says so.
        try "my edits".write(to: saved, atomically: true, encoding: .utf8)
        for key: Key in [.char("s"), .enter] { _ = c.handle(key) }
        #expect(try String(contentsOf: saved, encoding: .utf8) == "my edits")
        frame = c.render(width: 120, height: 24)
        #expect(frame.line(22).contains("Not saved: weeknote-2026-W48.md already exists"))
        #expect(try files(store) == before)  // an export never touches the store
    }

    @Test func aSaveThatCannotBeWrittenSaysWhy() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let (c, folder) = try runtime(store)
        for key: Key in [.char("w"), .char("s"), .ctrl("u")] { _ = c.handle(key) }
        for ch in "no/such/folder/w48.md" { _ = c.handle(.char(ch)) }
        _ = c.handle(.enter)
        let frame = c.render(width: 160, height: 24)
        #expect(frame.line(22).contains("Not saved:"))
        #expect(frame.line(22).contains("no such folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func oShowsTheOKRsFromTheStoreAndFollowsChangesOnDisk() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let (c, _) = try runtime(store)
        _ = c.handle(.char("o"))
        var text = c.render(width: 80, height: 24).text
        #expect(text.contains("OKRs · 0 objectives"))
        #expect(text.contains("No OKRs yet: weekboard okr add-objective"))
        try store.transaction { tx in try tx.write(StoreFiles.okrs, DemoOKRs.set(now: DashboardFixture.now)) }
        #expect(c.tick() != .none)
        text = c.render(width: 80, height: 24).text
        #expect(text.contains("1 Residents get repairs right first time"))
        #expect(text.contains("43%  ▲ At risk"))
        #expect(text.contains("2.1 Abandoned calls"))
        _ = c.handle(.char("o"))
        #expect(c.render(width: 80, height: 24).text.contains("Programme board"))
    }

    @Test func hReadsTheHistoryOnOpeningOnly() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let (c, _) = try runtime(store)
        #expect(c.state.history == nil)
        _ = c.handle(.char("h"))
        let h = try #require(c.state.history)
        #expect(h.weeks.count == 52)
        let text = c.render(width: 80, height: 24).text
        #expect(text.contains("[History] · lines 1–19 of 20 · alex · 52 weeks to 2026.48"))
        #expect(text.contains("% through the year."))
        #expect(text.contains("Repairs  5,500 this week"))
        _ = c.handle(.escape)
        #expect(c.state.history == nil)
        #expect(!c.render(width: 80, height: 24).text.contains("through the year"))
    }
}
