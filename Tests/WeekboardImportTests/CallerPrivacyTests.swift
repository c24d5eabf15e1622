import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("Caller privacy on disk")
struct CallerPrivacyTests {
    let temp = TempStore("import")
    static let raw = [
        "07700 900123", "+44 7700 900456", "(01632) 960 001", "Jo.Bloggs@Example.org", "sam@council.gov.uk",
    ]
    static let normalised = [
        "+447700900123", "447700900123", "7700900123", "+447700900456", "7700900456",
        "+441632960001", "1632960001", "jo.bloggs@example.org", "sam@council.gov.uk", "Jo.Bloggs", "bloggs",
    ]

    @Test("no raw or normalised caller appears in any file of the store")
    func nothingOnDisk() throws {
        let store = try makeStore(in: temp)
        var file = "timestamp,service,channel,caller\n"
        for (i, caller) in Self.raw.enumerated() {
            for rep in 0..<3 { file += "2026-11-2\(3 + rep) 0\(i):00,Repairs,,\"\(caller)\"\n" }
        }
        let s = try CallsImport.run(
            data: csv(file), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(s.contactsImported == 15)
        let files = snapshot(store)
        #expect(files.keys.contains("secret.key"))
        #expect(files.keys.contains("callers/2026-W48.json"))
        for (path, bytes) in files {
            for needle in Self.raw + Self.normalised {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(path) contains a caller")
                #expect(bytes.range(of: Data(needle.lowercased().utf8)) == nil, "\(path) contains a caller")
            }
        }
    }

    @Test("the key file is 0600, created once and reused")
    func keyFile() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv(CallsImportTests.contacts), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        let path = store.url("secret.key").path
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let key = try #require(try CallerKey.existing(in: store))
        _ = try CallsImport.run(
            data: csv(CallsImportTests.contacts), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        #expect(try CallerKey.existing(in: store)?.id == key.id)
        let week = try store.read(StoreFiles.callers(ISOWeek.parseID("2026-W48")!))
        #expect(week.keyID == key.id)
        #expect(
            week.services["Repairs"]?.callers.keys.sorted()
                == [key.token(.email("jo.bloggs@example.org")), key.token(.phone("+447700900123"))].sorted())
    }

    @Test("a totals-only import creates no key (nothing to hash)")
    func noKeyForTotals() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: csv("week,service,count\n2026-W48,Repairs,5\n"), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        #expect(!FileManager.default.fileExists(atPath: store.url("secret.key").path))
    }
}
