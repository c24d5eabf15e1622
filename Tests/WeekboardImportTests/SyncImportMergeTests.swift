import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore
@testable import WeekboardImport

/// Per-contact imports on two machines, then a sync merge: the weekly figure travels, the caller-level
/// data does not, and the same export imported on both counts once.
@Suite("Sync merge of imported contact figures: never counted twice")
struct SyncImportMergeTests {
    let temp = TempStore("sync-import")
    static let export = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,phone,07700 900123
        2026-11-24 10:00,Repairs,email,jo@example.org
        2026-11-25 11:00,Repairs,phone,07700 900456
        """
    static let other = """
        timestamp,service,channel,caller
        2026-11-26 09:30,Repairs,phone,07700 900789
        2026-11-27 14:00,Repairs,web,07700 900123
        """
    let w48 = ISOWeek.parseID("2026-W48")!

    func machines() throws -> (base: Store, a: Store, b: Store) {
        let base = try makeStore(in: temp)
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        try SyncTreeFiles.setOrigin("a1a1a1a1", a)
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        return (base, a, b)
    }

    func importing(_ text: String, _ store: Store, _ person: String, at minutes: Double) throws {
        let source = ChangeSource(person: person, origin: "import")
        let when = Date(timeIntervalSince1970: 1_795_000_000 + minutes * 60)
        _ = try CallsImport.run(data: csv(text), store: store, options: .init(), source: source, now: when)
    }

    func merged(_ base: Store, _ a: Store, _ b: Store) throws -> (Store, SyncTreeMerge) {
        let (bt, at, tt) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(a), SyncTreeFiles.tree(b))
        let one = try SyncMerge.merge(base: bt, ours: at, theirs: tt)
        #expect(try SyncMerge.merge(base: bt, ours: tt, theirs: at).tree == one.tree)
        #expect(!one.tree.files.keys.contains { $0.hasPrefix("callers/") || $0 == "secret.key" })
        return (try SyncTreeFiles.store(one.tree), one)
    }

    @Test("the same export imported on both machines counts once")
    func sameExportOnBoth() throws {
        let (base, a, b) = try machines()
        try importing(Self.export, a, "alex", at: 10)
        try importing(Self.export, b, "sam", at: 20)
        let (m, result) = try merged(base, a, b)
        defer { for s in [base, a, b, m] { try? FileManager.default.removeItem(at: s.root) } }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.total == 3)
        #expect(count.imported == [.phone: 2, .email: 1])
        #expect(result.conflicts.isEmpty)
    }

    @Test("different exports imported on the two machines both count")
    func differentExports() throws {
        let (base, a, b) = try machines()
        try importing(Self.export, a, "alex", at: 10)
        try importing(Self.other, b, "sam", at: 20)
        let (m, result) = try merged(base, a, b)
        defer { for s in [base, a, b, m] { try? FileManager.default.removeItem(at: s.root) } }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.imported == [.phone: 3, .email: 1, .web: 1])
        #expect(count.channels == [.phone: 3, .email: 1, .web: 1] && count.total == 5)
        #expect(result.conflicts.isEmpty)
    }

    @Test("an import on one machine and a recorded total on the other: the recorded channel covers its imports")
    func importAndRecord() throws {
        let (base, a, b) = try machines()
        try importing(Self.export, a, "alex", at: 10)
        let ctx = ActionContext(
            person: "sam", week: w48, now: Date(timeIntervalSince1970: 1_795_000_000 + 1200),
            today: CalendarDay.parse("2026-11-27")!)
        try b.perform(.contacts(.recordCalls(service: "Repairs", count: 40, channel: .web)), ctx)
        let (m, _) = try merged(base, a, b)
        defer { for s in [base, a, b, m] { try? FileManager.default.removeItem(at: s.root) } }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.channels == [.phone: 2, .email: 1, .web: 40] && count.total == 43)
    }
}
