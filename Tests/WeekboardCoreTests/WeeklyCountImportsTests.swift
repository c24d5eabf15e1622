import Foundation
import Testing
@testable import WeekboardCore

/// Per-contact imports kept by identity in a weekly figure (`WeeklyCount.imports`): read, checked, and what
/// the figure holds without one.
@Suite("Contact figures: imports by identity")
struct WeeklyCountImportsTests {
    static let digest = "9aff5354831c921574ec29d46868aa69"

    func figure(_ imports: String, imported: String = "{\"phone\": 3, \"email\": 1}") throws -> WeeklyCount {
        let text = """
            {"schemaVersion": 1, "week": "2026-W48", "services": {"Repairs": {"total": 4,
            "channels": {"phone": 3, "email": 1}, "imported": \(imported), "imports": \(imports)}}}
            """
        let week = try JSONCoding.decode(ContactWeek.self, from: Data(text.utf8), file: "contacts/2026-W48.json")
        return try #require(week.services["Repairs"])
    }

    @Test("imports with identities beside a lump imported before them: both read, the lump worked out")
    func lump() throws {
        let count = try figure("{\"\(Self.digest)\": {\"phone\": 2}}")
        #expect(count.imports == [Self.digest: [.phone: 2]])
        #expect(count.identifiedImports == [.phone: 2])
        #expect(count.importLump == [.phone: 1, .email: 1])
    }

    @Test(
        "an identity that is not 32 lower-case hex digits, or imports adding up to more than imported, is refused",
        arguments: [
            ("{\"9AFF\": {\"phone\": 1}}", "not an import's identity"),
            ("{\"\(digest)\": {\"phone\": 4}}", "more than the 3 imported"),
            ("{\"\(digest)\": {\"web\": 1}}", "more than the 0 imported"),
            ("{\"\(digest)\": {\"phone\": -1}}", "cannot be negative"),
        ])
    func refused(_ imports: String, _ why: String) {
        #expect {
            try figure(imports)
        } throws: { error in
            "\(error)".contains(why) && "\(error)".contains("imports") && "\(error)".contains("contacts/2026-W48.json")
        }
    }
}
