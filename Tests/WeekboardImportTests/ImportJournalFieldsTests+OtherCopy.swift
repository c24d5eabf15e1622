import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardImport
import WeekboardTestSupport

extension ImportJournalFieldsTests {
    /// Field parts are caller-level and never travel, and another copy may have given the same number to a
    /// change of its own: an import entry from another copy must never be undone from this copy's parts.
    @Test("an import made on another copy is not undone here from this copy's parts of the same number")
    func otherCopysImportIsRefused() throws {
        let store = try makeStore(in: temp)
        try SyncTreeFiles.setOrigin("a1a1a1a1", store)
        _ = try CallsImport.run(data: Self.rows(30), store: store, options: .init(), source: alex)
        let entry = try #require(try Journal(store: store).newest())
        #expect(entry.origin == "a1a1a1a1" && entry.fieldParts != nil)
        let before = data(store)
        // This copy becomes another: the entry and its parts now look as if they came from elsewhere.
        try SyncTreeFiles.setOrigin("b2b2b2b2", store)
        #expect {
            try store.undo(alex)
        } throws: { error in
            "\(error)".contains("changed caller-level data on another machine")
                && "\(error)".contains("Nothing was changed")
        }
        #expect(data(store) == before, "nothing the import added was taken back")
    }
}
