import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("Repeat callers")
struct RepeatCallersTests {
    let temp = TempStore("import")
    /// Caller n calls `calls[n]` times to Repairs in 2026-W48, all at distinct times.
    static func file(_ calls: [Int], service: String = "Repairs") -> String {
        var out = "timestamp,service,caller\n"
        for (n, times) in calls.enumerated() {
            for t in 0..<times {
                out +=
                    String(format: "2026-11-%02d %02d:%02d,", 23 + t % 5, 8 + n % 10, t % 60) + service
                    + String(format: ",07700 9%05d\n", n)
            }
        }
        return out
    }

    @Test("callers with 3+ contacts, their share, and the top five refs")
    func stats() throws {
        let store = try makeStore(in: temp)
        // Seven repeat callers (3…9 contacts), two callers with 1 and 2, one withheld contact.
        var text = Self.file([9, 8, 7, 6, 5, 4, 3, 1, 2])
        text += "2026-11-27 17:00,Repairs,withheld\n"
        _ = try CallsImport.run(
            data: csv(text), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        let all = try RepeatCallers.load(store: store, week: week("2026-W48"))
        let s = try #require(all["Repairs"])
        #expect(s.contacts == 46)
        #expect(s.callers == 9)
        #expect(s.repeatCallers == 7)
        #expect(s.repeatContacts == 42)
        #expect(abs(s.share - 42.0 / 46.0) < 1e-9)
        #expect(s.top.map(\.contacts) == [9, 8, 7, 6, 5])
        let key = try #require(try CallerKey.existing(in: store))
        let expectedTop = (0..<5).map { String(key.token(.phone(String(format: "+4477009%05d", $0))).prefix(6)) }
        #expect(s.top.map(\.ref) == expectedTop)
        #expect(s.top.allSatisfy { $0.ref.count == 6 && $0.ref.allSatisfy(\.isHexDigit) })
    }

    @Test("a week without per-contact imports has no figures; ties sort by ref")
    func emptyAndTies() throws {
        let store = try makeStore(in: temp)
        #expect(try RepeatCallers.load(store: store, week: week("2026-W48")).isEmpty)
        let s = RepeatCallers.stats(CallerService(callers: ["bbbbbb11": 3, "aaaaaa22": 3, "cccccc33": 2], withheld: 0))
        #expect(s.top == [RepeatCallerRef(ref: "aaaaaa", contacts: 3), RepeatCallerRef(ref: "bbbbbb", contacts: 3)])
        #expect(s.repeatContacts == 6 && s.contacts == 8)
    }
}

@Suite("Repeat callers in words")
struct RepeatCallerTextTests {
    @Test("the one-line summary names the count, the share and the refs")
    func sentence() {
        let s = RepeatCallers.stats(
            CallerService(callers: ["a3f09c00": 7, "19be4000": 5, "7d2c1100": 3, "ffff0000": 2], withheld: 3))
        #expect(s.sentence() == "3 repeat callers made 75% of 20 contacts: a3f09c ×7, 19be40 ×5, 7d2c11 ×3")
        #expect(s.sentence(unicode: false).hasSuffix("7d2c11 x3"))
        let none = RepeatCallers.stats(CallerService(callers: ["aa": 2, "bb": 1], withheld: 0))
        #expect(none.sentence() == "No repeat callers (3+ contacts) among 3 contacts")
    }
}
