import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardImport

@Suite("Undoing an import takes back exactly its contacts, tokens included")
struct ImportUndoTests {
    let temp = TempStore("import")
    static let first = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,phone,07700 900123
        2026-11-24 10:00,Repairs,email,jo@example.org
        2026-11-30 08:00,Housing,phone,07700 900999
        """
    static let second = """
        timestamp,service,channel,caller
        2026-11-23 09:00,Repairs,phone,07700 900123
        2026-11-25 11:00,Repairs,phone,07700 900123
        2026-11-26 12:00,Repairs,web,07700 900456
        """

    /// The data files only (the journal, the lock and the caller key are not what an import counts).
    func data(_ store: Store) -> [String: Data] {
        snapshot(store).filter { $0.key.hasPrefix("contacts/") || $0.key.hasPrefix("callers/") }
    }

    @Test("import, import again, undo the second, undo the first: each step back is exact")
    func undoImports() throws {
        let store = try makeStore(in: temp)
        let alex = ChangeSource(person: "alex", origin: "import")
        #expect(data(store).isEmpty)
        _ = try CallsImport.run(data: csv(Self.first), store: store, options: .init(), source: alex)
        let afterFirst = data(store)
        let second = try CallsImport.run(data: csv(Self.second), store: store, options: .init(), source: alex)
        #expect(second.contactsImported == 2, "one row was already imported")
        #expect(data(store) != afterFirst)

        let undone = try store.undo(alex)
        #expect(undone.undid.summary.hasPrefix("Imported 2 contacts"))
        #expect(data(store) == afterFirst, "the second import's counts, tokens and contact keys are gone")
        let w48 = try store.read(StoreFiles.contacts(week("2026-W48")))
        #expect(w48.services["Repairs"]?.total == 2)

        try store.undo(alex)
        #expect(data(store).isEmpty, "every file the first import created is removed")
        #expect(FileManager.default.fileExists(atPath: store.url(StoreLayout.secretKey).path), "the key stays")

        // Redo puts the first import back exactly, and re-importing counts nothing twice.
        try store.redo(alex)
        #expect(data(store) == afterFirst)
        let again = try CallsImport.run(data: csv(Self.first), store: store, options: .init(), source: alex)
        #expect(again.contactsImported == 0)
    }

    @Test("the journal holds tokens and keyed hashes, never a number, an e-mail or the key")
    func journalPrivacy() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(Self.first), store: store, options: .init(),
            source: ChangeSource(person: "alex", origin: "import"))
        let journal = try Journal(store: store).segments().map { try Data(contentsOf: store.url($0)) }
        let text = String(decoding: journal.joined(), as: UTF8.self)
        #expect(text.contains("Imported 3 contacts"))
        for secret in ["900123", "jo@example.org", "example", "900999"] { #expect(!text.contains(secret)) }
        let key = try Data(contentsOf: store.url(StoreLayout.secretKey))
        let secret = try #require((try JSONSerialization.jsonObject(with: key) as? [String: Any])?["key"] as? String)
        #expect(secret.count >= 32)
        #expect(!text.contains(secret), "the caller key is never journalled")
    }
}
