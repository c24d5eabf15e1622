import Foundation
import Testing
@testable import WeekboardImport

@Suite("Caller normalisation and tokens")
struct CallerTokenTests {
    static let sameNumber = [
        "07700 900123", "+44 7700 900123", "0044 7700 900123", "+44 (0)7700 900-123", "447700900123",
        "tel:+447700900123",
    ]

    @Test("UK numbers in every common format become one E.164 number", arguments: sameNumber)
    func ukNumbers(raw: String) throws {
        #expect(try CallerID.normalise(raw) == .phone("+447700900123"))
    }

    @Test("landlines, abroad, e-mail and withheld")
    func otherForms() throws {
        #expect(try CallerID.normalise("(01632) 960 001") == .phone("+441632960001"))
        #expect(try CallerID.normalise("+33 1 23 45 67 89") == .phone("+33123456789"))
        #expect(try CallerID.normalise("  Jo.Bloggs@Example.ORG ") == .email("jo.bloggs@example.org"))
        #expect(try CallerID.normalise("Jo <JO@example.org>") == .email("jo@example.org"))
        #expect(try CallerID.normalise("Withheld") == .withheld)
        #expect(try CallerID.normalise("") == .withheld)
        #expect(throws: CallerID.Invalid.self) { try CallerID.normalise("0770") }
        #expect(throws: CallerID.Invalid.self) { try CallerID.normalise("jo@") }
        #expect(throws: CallerID.Invalid.self) { try CallerID.normalise("call me") }
    }

    @Test("a caller's description never shows the value")
    func redacted() throws {
        let c = try CallerID.normalise("07700 900123")
        var dumped = ""
        dump(c, to: &dumped)
        for text in ["\(c)", String(reflecting: c), dumped] { #expect(!text.contains("7700")) }
    }

    @Test("same caller in any format → same token under one key; another key → another token")
    func hmacProperty() throws {
        let key = CallerKey.generate()
        let tokens = Set(try Self.sameNumber.map { key.token(try CallerID.normalise($0)) })
        #expect(tokens.count == 1)
        let token = tokens.first!
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
        #expect(key.token(try CallerID.normalise("07700 900124")) != token)
        #expect(CallerKey.generate().token(try CallerID.normalise("07700 900123")) != token)
        #expect(key.token(.email("a@b.uk")) == key.token(try CallerID.normalise("A@B.UK ")))
    }

    @Test("contact keys differ by time, service and caller, not by service case")
    func contactKeys() {
        let key = CallerKey.generate()
        let base = key.contactKey(timestamp: "2026-11-23T09:15:00", service: "Repairs", caller: .phone("+447700900123"))
        #expect(
            key.contactKey(timestamp: "2026-11-23T09:15:00", service: "repairs", caller: .phone("+447700900123"))
                == base)
        #expect(
            key.contactKey(timestamp: "2026-11-23T09:15:01", service: "Repairs", caller: .phone("+447700900123"))
                != base)
        #expect(
            key.contactKey(timestamp: "2026-11-23T09:15:00", service: "Housing", caller: .phone("+447700900123"))
                != base)
        #expect(
            key.contactKey(timestamp: "2026-11-23T09:15:00", service: "Repairs", caller: .phone("+447700900124"))
                != base)
    }
}
