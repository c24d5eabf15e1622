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
    /// Another export with the same counts as `export` (two calls and an e-mail), on other days.
    static let sameCounts = """
        timestamp,service,channel,caller
        2026-11-26 09:00,Repairs,phone,07700 900321
        2026-11-27 10:00,Repairs,email,sam@example.org
        2026-11-28 11:00,Repairs,phone,07700 900654
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

    @Test("different exports with equal counts imported on the two machines both count")
    func differentExportsEqualCounts() throws {
        let (base, a, b) = try machines()
        try importing(Self.export, a, "alex", at: 10)
        try importing(Self.sameCounts, b, "sam", at: 20)
        let (m, result) = try merged(base, a, b)
        defer { for s in [base, a, b, m] { try? FileManager.default.removeItem(at: s.root) } }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.imported == [.phone: 4, .email: 2])
        #expect(count.channels == [.phone: 4, .email: 2] && count.total == 6)
        #expect(count.imports?.count == 2 && count.identified == 6)
        #expect(result.conflicts.isEmpty)
    }

    @Test("a store made before imports had an identity: its imported lump is kept, both machines' imports added")
    func storeMadeBefore() throws {
        let base = try makeStore(in: temp)
        try importing(Self.export, base, "alex", at: 5)
        // As weekboard wrote the week before imports had an identity: the same figure without `imports`.
        let path = base.url("contacts/2026-W48.json")
        var week = try JSONValue.parse(Data(contentsOf: path))
        try week.set(nil, at: [.key("services"), .key("Repairs"), .key("imports")][...])
        try JSONCoding.encode(week).write(to: path)
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        try SyncTreeFiles.setOrigin("a1a1a1a1", a)
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        try importing(Self.other, a, "alex", at: 10)
        try importing(Self.sameCounts, b, "sam", at: 20)
        let (m, result) = try merged(base, a, b)
        defer { for s in [base, a, b, m] { try? FileManager.default.removeItem(at: s.root) } }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.imported == [.phone: 5, .email: 2, .web: 1])
        #expect(count.total == 8 && count.imports?.count == 2)
        #expect(result.conflicts.isEmpty)
    }

    @Test("figures of the old shape changed on both machines: both changes to the lump are kept")
    func oldShapeOnBoth() throws {
        let base = try makeStore(in: temp)
        defer { try? FileManager.default.removeItem(at: base.root) }
        try importing(Self.export, base, "alex", at: 5)
        let path = "contacts/2026-W48.json"
        // As weekboard wrote a figure before imports had an identity, with `imported` and its sums.
        func oldShape(phone: Int, email: Int) throws -> Data {
            var week = try JSONValue.parse(SyncTreeFiles.tree(base).files[path]!)
            let counts = JSONValue.object(["phone": .int(phone), "email": .int(email)])
            let figure: [PathStep] = [.key("services"), .key("Repairs")]
            try week.set(nil, at: (figure + [.key("imports")])[...])
            try week.set(counts, at: (figure + [.key("imported")])[...])
            try week.set(counts, at: (figure + [.key("channels")])[...])
            try week.set(.int(phone + email), at: (figure + [.key("total")])[...])
            return try JSONCoding.encode(week)
        }
        var (b, o, t) = (SyncTreeFiles.tree(base), SyncTreeFiles.tree(base), SyncTreeFiles.tree(base))
        b.files[path] = try oldShape(phone: 2, email: 1)
        o.files[path] = try oldShape(phone: 3, email: 1)
        t.files[path] = try oldShape(phone: 4, email: 1)
        let m = try SyncTreeFiles.store(try SyncMerge.merge(base: b, ours: o, theirs: t).tree)
        defer { try? FileManager.default.removeItem(at: m.root) }
        let count = try #require(try m.read(StoreFiles.contacts(w48)).services["Repairs"])
        #expect(count.imported == [.phone: 5, .email: 1] && count.total == 6)
    }
}
