import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardImport

@Suite("Contact identity: which rows are the same contact")
struct ContactIdentityTests {
    let temp = TempStore("import")
    let source = ChangeSource(person: "alex", origin: "test")

    func run(_ text: String, _ store: Store) throws -> ImportSummary {
        try CallsImport.run(data: Data(text.utf8), store: store, options: .init(), source: source)
    }

    @Test("one caller in one minute: an e-mail and a call count two, two calls count two; re-importing counts none")
    func sameMinute() throws {
        let store = try makeStore(in: temp)
        let file = """
            timestamp,service,channel,caller
            2026-11-23 09:00,Repairs,phone,07700 900123
            2026-11-23 09:00,Repairs,email,07700 900123
            2026-11-23 09:00,Repairs,phone,07700 900123
            """
        let first = try run(file, store)
        #expect((first.contactsImported, first.duplicatesSkipped) == (3, 0))
        let year = try store.readContactYear(2026)
        // The same caller three times in a minute: the second and third are calling again.
        #expect(
            year.count(service: "Repairs", week: 48)?.lessImports
                == importedCount([.phone: 2, .email: 1], known: 3, again: 2))
        let again = try run(file, store)
        #expect((again.contactsImported, again.duplicatesSkipped) == (0, 3))
        // An overlapping export with one more contact adds just that one.
        let more = try run(file + "\n2026-11-23 09:01,Repairs,phone,07700 900123\n", store)
        #expect((more.contactsImported, more.duplicatesSkipped) == (1, 3))
    }

    @Test("with a contact id column the id is the identity: same minute and caller, two ids, two contacts")
    func byID() throws {
        let store = try makeStore(in: temp)
        let file = """
            Call ID,timestamp,service,channel,caller
            A-1,2026-11-23 09:00,Repairs,phone,07700 900123
            A-2,2026-11-23 09:00,Repairs,phone,07700 900123
            """
        #expect(try run(file, store).contactsImported == 2)
        let again = try run(file + "\nA-3,2026-11-23 09:05,Repairs,phone,07700 900124\n", store)
        #expect((again.contactsImported, again.duplicatesSkipped) == (1, 2))
    }
}
