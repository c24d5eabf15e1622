import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardImport
import WeekboardTestSupport

/// An import's journal entry refers to what it added instead of repeating every contact (issue 26): its
/// fields are kept beside the entry in `journal/fields/`, so the month file (which every write reads the
/// end of, and a sync would carry) stays small, while undo and redo stay exact and all-or-nothing.
@Suite("An import's journal entry keeps its contacts beside it, not in its line")
struct ImportJournalFieldsTests {
    let temp = TempStore("journal-fields")
    /// `rows` contacts in week 2026-W48, each a distinct time, callers from a pool a third the size.
    static func rows(_ rows: Int, service: String = "Repairs") -> Data {
        var text = "timestamp,service,channel,caller\n"
        for i in 0..<rows {
            let secs = i * 86_400 * 7 / rows
            let day = 23 + secs / 86_400, s = secs % 86_400
            let time = String(format: "2026-11-%02dT%02d:%02d:%02d", day, s / 3600, s / 60 % 60, s % 60)
            text += "\(time),\(service),phone,07700 \(String(format: "%06d", i % max(1, rows / 3)))\n"
        }
        return Data(text.utf8)
    }

    func journalBytes(_ store: Store) throws -> Int {
        try Journal(store: store).segments().reduce(0) { $0 + (try Data(contentsOf: store.url($1))).count }
    }

    /// The caller-level data files (contacts and callers), path → bytes.
    func data(_ store: Store) -> [String: Data] {
        snapshot(store).filter { $0.key.hasPrefix("contacts/") || $0.key.hasPrefix("callers/") }
    }

    func fieldParts(_ store: Store) -> [String] {
        snapshot(store).keys.filter { $0.hasPrefix(JournalFields.folder + "/") }.sorted()
    }

    let alex = ChangeSource(person: "alex", origin: "import")

    @Test("the month file stays a few KB after a 30,000-row import, about what a 300-row import leaves")
    func lineIsSmall() throws {
        var sizes: [Int] = []
        for n in [300, 30_000] {
            let store = try makeStore(in: temp)
            let summary = try CallsImport.run(data: Self.rows(n), store: store, options: .init(), source: alex)
            #expect(summary.contactsImported == n)
            sizes.append(try journalBytes(store))
            let entry = try #require(try Journal(store: store).newest())
            #expect(entry.fields == nil && entry.fieldParts != nil && entry.undoable)
            let parts = fieldParts(store)
            #expect(!parts.isEmpty && parts.allSatisfy { $0.hasPrefix("journal/fields/\(entry.seq)-") }, "\(parts)")
            for p in parts { #expect(snapshot(store)[p]!.count <= JSONCoding.maxFileSize) }
        }
        // Before, the 30,000-row import's line was about 2 MB: every contact key, token and visit.
        #expect(sizes[1] < 4_096, "journal after 30,000 rows: \(sizes[1]) bytes")
        // What differs is the summary and the files written (sixteen shards of the week for one file).
        #expect(sizes[1] - sizes[0] < 1_024, "journal bytes \(sizes) grow with the rows imported")
    }

    @Test("undo and redo of a 30,000-row import (a week in shards) are exact, through the fields beside")
    func undoRedoLarge() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(300, service: "Housing"), store: store, options: .init(), source: alex)
        let before = data(store)
        _ = try CallsImport.run(data: Self.rows(30_000), store: store, options: .init(), source: alex)
        let after = data(store)
        #expect(after.keys.contains { $0.hasPrefix("callers/2026-W48/") }, "the week is in shards")

        let undone = try store.undo(alex)
        #expect(undone.undid.summary.hasPrefix("Imported 30000 contacts"))
        #expect(data(store) == before, "every contact key, token and visit the import added is gone")
        let undoEntry = try #require(try Journal(store: store).newest())
        #expect(undoEntry.kind == .undo && undoEntry.fieldParts != nil, "the undo's own fields are beside it too")

        try store.redo(alex)
        #expect(data(store) == after)
        try store.undo(alex)
        #expect(data(store) == before)
        #expect(try journalBytes(store) < 8_192)
    }

    @Test("a part that is missing, damaged or another entry's: undo refuses, naming it, and changes nothing")
    func damagedPart() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(300), store: store, options: .init(), source: alex)
        let entry = try #require(try Journal(store: store).newest())
        let part = store.url(JournalFields.path(seq: entry.seq, part: 0))
        let original = try Data(contentsOf: part)
        let other = String(decoding: original, as: UTF8.self)
            .replacing("\"seq\":\(entry.seq)}", with: "\"seq\":999}")
        let cases: [(String, Data?)] = [
            ("is missing", nil), ("is damaged", Data("{\"x\":".utf8)), ("holds part 0 of #999", Data(other.utf8)),
        ]
        for (what, bytes) in cases {
            if let bytes { try bytes.write(to: part) } else { try FileManager.default.removeItem(at: part) }
            let files = data(store)
            #expect {
                try store.undo(alex)
            } throws: { error in
                "\(error)".contains(part.path) && "\(error)".contains(what)
                    && "\(error)".contains("Nothing was changed")
            }
            #expect(data(store) == files)
        }
        try original.write(to: part)
        try store.undo(alex)
        #expect(data(store).isEmpty)
    }

    @Test("a journal line naming an impossible number of parts is damage, not a loop")
    func partsOutOfRange() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(30), store: store, options: .init(), source: alex)
        let journal = Journal(store: store)
        let path = store.url(try #require(journal.segments().last))
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacing("\"fieldParts\":1", with: "\"fieldParts\":99999999999").write(
            to: path, atomically: true, encoding: .utf8)
        #expect {
            try journal.entries()
        } throws: { "\($0)".contains("fieldParts is outside") }
    }

    @Test("a commit record whose entry names an impossible number of parts is set aside, not journalled")
    func recordPartsOutOfRange() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(30), store: store, options: .init(), source: alex)
        var entry = try #require(try Journal(store: store).newest())
        entry.seq += 1
        entry.fieldParts = 99_999_999_999
        try JSONCoding.encode(PendingCommit(entry: entry, steps: [])).write(to: store.url(StoreLayout.pendingCommit))
        let committed = try store.apply(
            StoreChange<Void>(source: alex) { tx in
                try tx.write(StoreFiles.board, Board())
                return ("Board", ())
            })
        #expect(committed.notices.contains { $0.contains("entry.fieldParts") && $0.contains("set aside") })
        #expect(try Journal(store: store).entries().allSatisfy { $0.fieldParts.map { $0 < 10 } ?? true })
    }

    @Test("pruning the journal removes the fields kept beside the entries it removes")
    func pruneRemovesParts() throws {
        let store = try makeStore(in: temp)
        let then = Date(timeIntervalSince1970: 1_764_000_000)  // 2025-11-24
        _ = try CallsImport.run(data: Self.rows(300), store: store, options: .init(), source: alex, now: then)
        #expect(!fieldParts(store).isEmpty)
        let n = try store.pruneJournal(before: CalendarDay(then).adding(days: 1), source: alex, now: then + 86_400 * 2)
        #expect(n >= 1)
        #expect(fieldParts(store).isEmpty)
    }

    @Test("forgetting the callers forgets the tokens and contact keys kept in the journal too")
    func forgetCallers() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(300), store: store, options: .init(), source: alex)
        let callers = try store.readCallerWeek(week("2026-W48"))
        let tokens = Array(try #require(callers.services["Repairs"]).callers.keys)
        #expect(!fieldParts(store).isEmpty)
        try CallerKey.rotate(in: store, forgetCallers: true, source: alex)
        #expect(fieldParts(store).isEmpty)
        // No file left in the store holds a token the old key made (the journal included).
        let everything = snapshot(store).filter { !$0.key.hasPrefix("repair-backup/") }
        for (path, bytes) in everything {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!tokens.contains(where: text.contains), "\(path) still holds a caller token")
        }
        // The import is still in the log; undoing it refuses, saying why, and changes nothing.
        let files = snapshot(store)
        #expect {
            try store.undo(alex)
        } throws: { "\($0)".contains("is missing") && "\($0)".contains("Nothing was changed") }
        #expect(snapshot(store) == files)
    }

    @Test("repair moves the fields of an entry written before parts existed out of its line; undo stays exact")
    func repairMovesInlineFields() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(data: Self.rows(3_000), store: store, options: .init(), source: alex)
        let journal = Journal(store: store)
        // The entry as an older weekboard wrote it: every field in its line, nothing beside it.
        var entry = try #require(try journal.newest())
        let fields = try journal.fields(of: entry) { try store.readData($0) }
        for part in Journal.fieldPaths(of: entry) { try FileManager.default.removeItem(at: store.url(part)) }
        entry.fields = fields
        entry.fieldParts = nil
        let month = store.url(try #require(journal.segments().last))
        var lines = try Data(contentsOf: month).split(separator: 0x0A).map { Data($0) }
        lines[lines.count - 1] = try Journal.encode(entry).dropLast()
        try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: month)
        let legacy = try Data(contentsOf: month).count
        #expect(legacy > 100_000)
        let files = snapshot(store)

        let dry = try StoreRepair.run(store, today: CalendarDay(Date()), dryRun: true, source: alex)
        #expect(dry.contains { $0.contains("1 entry keeps caller-level fields") && $0.contains("would be moved") })
        #expect(snapshot(store) == files)
        let done = try StoreRepair.run(store, today: CalendarDay(Date()), source: alex)
        #expect(done.contains { $0.contains("1 entry keeps caller-level fields") && $0.contains("moved beside") })
        #expect(try Data(contentsOf: month).count < 4_096, "the month file after repair")
        #expect(!fieldParts(store).isEmpty)
        let again = try StoreRepair.run(store, today: CalendarDay(Date()), source: alex)
        #expect(again.first?.hasPrefix("Nothing to repair") == true, "\(again)")
        // The entry's fields are the same: undo takes back exactly the import.
        try store.undo(alex)
        #expect(data(store).isEmpty)
    }

    @Test("a set longer than a chunk is split, parts stay within half the file limit, and read back whole")
    func partsSplit() throws {
        let keys = (0..<25_000).map { String(format: "%016x", $0) }
        let set = FieldChange(file: "callers/2026-W48/0.json", path: [.key("contacts")], added: keys, removed: [])
        // Enough long visits to need more than one part.
        let long = String(repeating: "v", count: 400)
        let visits = (0..<30_000).map { "\(String(format: "%08x", $0)) \(long)" }
        let big = FieldChange(file: "callers/2026-W48/1.json", path: [.key("visits")], added: visits, removed: [])
        let parts = try JournalFields.parts([set, big], seq: 7)
        #expect(parts.count > 1)
        #expect(parts.map(\.path) == (0..<parts.count).map { "journal/fields/7-\($0).json" })
        var back: [FieldChange] = []
        for (i, p) in parts.enumerated() {
            #expect(p.data.count <= JSONCoding.maxFileSize)
            let part = try JSONCoding.decode(JournalFields.self, from: p.data, file: p.path)
            #expect(part.seq == 7 && part.part == i)
            back += part.fields
        }
        #expect(back.allSatisfy { ($0.added?.count ?? 0) <= JournalFields.setChunk })
        #expect(back.filter { $0.file.hasSuffix("0.json") }.flatMap { $0.added ?? [] } == keys)
        #expect(back.filter { $0.file.hasSuffix("1.json") }.flatMap { $0.added ?? [] } == visits)
    }
}
