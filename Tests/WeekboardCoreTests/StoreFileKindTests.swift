import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

/// The store's list of kinds of file (`StoreFileKind.all`): every piece of every kind present and
/// consistent, every file of real stores described by exactly one kind, and the docs listing them all.
@Suite("Store file kinds: one entry per kind, nothing forgotten")
struct StoreFileKindTests {
    let temp = TempStore("kinds")
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let today = CalendarDay.parse("2026-11-24")!

    /// A path of `kind`'s pattern, with sample values for its placeholders.
    static func sample(_ kind: StoreFileKind) -> String {
        kind.pattern.description.replacing("<seq>-<n>", with: "12-0").replacing("<YYYY>-W<ww>", with: "2026-W48")
            .replacing("<YYYY>-<MM>", with: "2026-11")
            .replacing("<YYYY>", with: "2026").replacing("<person>", with: "alex").replacing("<h>", with: "a")
            .replacing("**/", with: "people/alex/").replacing("**", with: "board.json").replacing("*", with: "x")
    }

    /// How each kind travels, as issue 23 ("What travels") lists it, by a path of each kind. A new kind
    /// fails `syncRules` until it is added here.
    static let travels: [String: StoreFileSync] = [
        "board.json": .merged, "board-history/2026.json": .merged, "people/alex/2026-W48.json": .merged,
        "people/alex/person.json": .merged, "contacts/2026-W48.json": .merged, "okrs.json": .merged,
        "store.json": .merged, "journal/2026-11.jsonl": .journal,
        "secret.key": .never, "callers/2026-W48.json": .never, "callers/2026-W48/a.json": .never,
        "callers/followups.json": .never, "access.json": .never, "index/alex/positive-weeks.json": .never,
        ".lock": .never, "people/alex/.tmp-2026-W48.json-1-2": .never, "journal/commit.json": .never,
        "journal/mark.json": .never, "contacts/2025.json": .never, "repair-backup/x/board.json": .never,
        "conflicts.json": .merged, "journal/fields/12-0.json": .never, "sync/state.json": .never,
    ]

    @Test("every kind's sample path is described by it alone, and its parts are read back")
    func samplesRoundTrip() throws {
        #expect(Set(StoreFileKind.all.map(\.name)).count == StoreFileKind.all.count)
        for kind in StoreFileKind.all {
            let path = Self.sample(kind)
            #expect(StoreFileKind.allMatching(path) == [kind], "\(path)")
            #expect(StoreFileKind.describing(path) == kind, "\(path)")
        }
        let week = ISOWeek.parseID("2026-W48")!
        let parts = try #require(StoreFilePath(StoreLayout.callerShard(week, "c"))).parts
        #expect(parts.week == week && parts.shard == "c" && parts.person == nil)
        #expect(StoreFilePath(StoreLayout.personWeek("zoë", week))?.parts.person == "zoë")
        #expect(StoreFilePath(StoreLayout.journalSegment("2026-11"))?.parts.month == "2026-11")
        #expect(StoreFilePath(StoreLayout.boardHistory(2031))?.parts.year == 2031)
        #expect(
            StoreFilePath("repair-backup/20261124T1000Z/people/alex/2026-W48.json")?.parts.copy
                == "people/alex/2026-W48.json")
    }

    @Test("the paths StoreLayout makes are of the kinds they name")
    func layoutPaths() {
        let w = ISOWeek.parseID("2026-W48")!
        let expected: [(String, StoreFileKind)] = [
            (StoreLayout.info, .info), (StoreLayout.lock, .lock), (StoreLayout.board, .board),
            (StoreLayout.okrs, .okrs), (StoreLayout.access, .access), (StoreLayout.secretKey, .secretKey),
            (StoreLayout.followUps, .followUps), (StoreLayout.pendingCommit, .pendingCommit),
            (StoreLayout.journalMark, .journalMark), (StoreLayout.personWeek("alex", w), .personWeek),
            (StoreLayout.personProfile("alex"), .personProfile), (StoreLayout.contacts(w), .contactWeek),
            (StoreLayout.legacyContacts(2025), .legacyContacts), (StoreLayout.callers(w), .callerWeek),
            (StoreLayout.callerShard(w, "f"), .callerShard), (StoreLayout.boardHistory(2026), .boardHistory),
            (StoreLayout.positiveWeeks("alex"), .positiveWeeks), (StoreLayout.journalSegment("2026-11"), .journalMonth),
        ]
        for (path, kind) in expected { #expect(StoreFileKind.describing(path) == kind, "\(path)") }
    }

    @Test("not a store path: refused by every lookup")
    func strangers() throws {
        for path in [
            "", "/board.json", "../board.json", "people/../board.json", "people//2026-W48.json", "notes.json",
            "people/alex/2026-w48.json", "people/.alex/2026-W48.json", "callers/2026-W48/g.json",
            "journal/2026-1.jsonl", "board-history/26.json", "repair-backup/x",
        ] {
            #expect(StoreFileKind.describing(path) == nil, "\(path)")
            #expect(!StoreLayout.isCommittableFile(path), "\(path)")
        }
        let s = temp.store()
        #expect(throws: StoreError.self) { try StoreLayout.check("notes.json", Data("{}".utf8), store: s) }
        #expect(throws: StoreError.self) { try StoreLayout.check("journal/2026-11.jsonl", Data("{}".utf8), store: s) }
    }

    @Test("every journalled kind has a model and an empty value, which its own reader accepts")
    func emptyValues() throws {
        for kind in StoreFileKind.all {
            let path = Self.sample(kind)
            if kind.writer == .journalled {
                #expect(kind.model != nil && StoreLayout.emptyValue(of: path) != nil, "\(kind)")
                #expect(kind.category == .team || kind.category == .personal, "\(kind)")
            }
            if kind.category == .team || kind.category == .personal { #expect(kind.writer != .other, "\(kind)") }
            #expect((kind.model == nil) == (kind.reader == nil), "\(kind)")
            if kind.writer != .journalled { #expect(StoreLayout.emptyValue(of: path) == nil, "\(kind)") }
            guard let empty = kind.encodedEmpty?(try #require(StoreFilePath(path)).parts) else { continue }
            try kind.check(empty, file: path)
            #expect(empty.count <= kind.sizeLimit ?? Int.max)
        }
    }

    @Test("every typed file (StoreFiles) is empty as its kind says")
    func typedFilesAgree() throws {
        let w = ISOWeek.parseID("2026-W48")!
        func same<V>(_ file: StoreFile<V>) throws {
            let path = try #require(StoreFilePath(file.path), "\(file.path)")
            #expect(try JSONCoding.encode(file.empty()) == path.kind.encodedEmpty?(path.parts), "\(file.path)")
            #expect(path.kind.model == String(describing: V.self), "\(file.path)")
        }
        try same(StoreFiles.board)
        try same(StoreFiles.okrs)
        try same(StoreFiles.access)
        try same(StoreFiles.followUps)
        try same(StoreFiles.personWeek("alex", w))
        try same(StoreFiles.personProfile("alex"))
        try same(StoreFiles.contacts(w))
        try same(StoreFiles.contactTotals(w))
        try same(StoreFiles.callers(w))
        try same(StoreFiles.callerShard(w, "3"))
        try same(StoreFiles.boardHistory(2026))
        try same(PositiveWeeks.file("alex"))
        try same(CallerKeyFile.file)
        try same(StoreFiles.legacyContacts(2025))
        try same(StoreFiles.conflicts)
    }

    @Test("every kind travels as issue 23 says")
    func syncRules() {
        #expect(
            Set(Self.travels.keys.compactMap(StoreFileKind.describing).map(\.name))
                == Set(StoreFileKind.all.map(\.name)))
        for (path, sync) in Self.travels { #expect(StoreFileKind.describing(path)?.sync == sync, "\(path)") }
        for kind in StoreFileKind.all where kind.category != .team && kind.category != .personal {
            #expect(kind.sync != .merged, "\(kind)")
        }
    }

    /// Every file of `store`: described by exactly one kind, within its size, read by its own reader.
    func checkFiles(in store: Store) throws {
        var seen: Set<String> = []
        for (path, data) in StoreSnapshot.files(store.root) {
            let kinds = StoreFileKind.allMatching(path)
            #expect(kinds.count == 1, "\(path): \(kinds)")
            guard let kind = kinds.first else { continue }
            seen.insert(kind.name)
            #expect(data.count <= kind.sizeLimit ?? Int.max, "\(path)")
            if kind.model != nil { try kind.check(data, file: path) }
        }
        #expect(seen.isSuperset(of: ["store info", "board", "person week", "contact week", "journal month"]))
    }

    @Test("the demo store: every file is of one kind")
    func demoStore() throws {
        let store = temp.store()
        try store.create(name: DemoStore.storeName, now: Self.now)
        try DemoStore.fill(
            store, person: "alex", today: Self.today, now: Self.now, source: .init(person: "alex", origin: "test"))
        try checkFiles(in: store)
    }

    @Test("a generated store: every file is of one kind")
    func generatedStore() throws {
        let store = temp.store()
        try StoreGenerator.fill(store, size: .year, person: "alex", today: Self.today, now: Self.now, streak: true)
        try checkFiles(in: store)
    }

    @Test("docs/store-format.md lists every kind as the code says")
    func documented() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/store-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        for kind in StoreFileKind.all {
            #expect(text.contains(Self.row(kind)), "docs/store-format.md lacks the row:\n\(Self.row(kind))")
        }
    }

    /// The kind's row in docs/store-format.md's table of kinds.
    static func row(_ kind: StoreFileKind) -> String {
        let sync =
            switch kind.sync {
            case .never: "never"
            case .merged: "merged"
            case .journal: "journal"
            }
        return
            "| `\(kind.pattern)` | \(kind.name) | \(kind.category.rawValue) | \(kind.model.map { "`\($0)`" } ?? "-") | "
            + "\(sync) |"
    }
}
