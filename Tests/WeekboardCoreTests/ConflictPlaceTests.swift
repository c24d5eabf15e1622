import Foundation
import Testing
@testable import WeekboardCore

/// Where a conflict is, in a team leader's words, for every kind of store file; the file's path for
/// anything else.
@Suite("Sync: a conflict's place in words")
struct ConflictPlaceTests {
    func words(_ file: String, _ path: [PathStep]) -> String { ConflictPlace.words(file: file, path: path) }

    @Test("board projects and their fields, status updates, ratings and RAID items")
    func board() {
        let p: [PathStep] = [.key("projects"), .named("Libraries self-service")]
        #expect(words("board.json", p + [.key("owner")]) == "Libraries self-service: owner")
        #expect(words("board.json", p) == "Libraries self-service (the whole project)")
        #expect(words("board.json", p + [.key("milestone"), .key("due")]) == "Libraries self-service: milestone date")
        #expect(words("board.json", p + [.key("history"), .index(3)]) == "Libraries self-service: status update 4")
        let risk = p + [.key("risks"), .index(1), .key("history"), .index(3), .key("owner")]
        #expect(words("board.json", risk) == "Libraries self-service: risk 2: owner")
        #expect(words("board.json", p + [.key("actions"), .index(0)]) == "Libraries self-service: action 1")
        let rating = p + [.key("ratings"), .key("history"), .index(2), .key("cost")]
        #expect(words("board.json", rating) == "Libraries self-service: ratings (cost)")
        #expect(words("board.json", [.key("projects"), .index(2), .key("note")]) == "project 3: note")
    }

    @Test("people's weeks: focus, goals, notes; a person's name")
    func personWeek() {
        let f = "people/alex/2026-W50.json"
        #expect(words(f, [.key("goals"), .index(1), .key("text")]) == "alex's week 2026-W50: goal 2")
        #expect(words(f, [.key("goals"), .index(1), .key("state")]) == "alex's week 2026-W50: goal 2 (state)")
        #expect(words(f, [.key("focus")]) == "alex's week 2026-W50: focus")
        #expect(words(f, [.key("notes"), .key("watch"), .index(0)]) == "alex's week 2026-W50: notes, Ones to watch")
        #expect(words(f, []) == "alex's week 2026-W50 (the whole week)")
        #expect(words("people/alex/\(PersonProfile.fileName)", [.key("name")]) == "alex's name")
    }

    @Test("contact figures by service and channel; OKRs by objective and key result")
    func contactsAndOKRs() {
        let f = "contacts/2026-W50.json"
        let service: [PathStep] = [.key("services"), .key("Council tax")]
        #expect(
            words(f, service + [.key("channels"), .key("phone")]) == "contact figures 2026-W50: Council tax, phone")
        #expect(
            words(f, service + [.key("imported"), .key("email")])
                == "contact figures 2026-W50: Council tax, email (imported)")
        #expect(words(f, service + [.key("answered")]) == "contact figures 2026-W50: Council tax: answered")
        let kr: [PathStep] = [.key("objectives"), .index(0), .key("keyResults"), .index(1), .key("current")]
        #expect(words("okrs.json", kr) == "OKRs: objective 1: key result 2: current")
        #expect(
            words("okrs.json", [.key("objectives"), .named("Faster repairs")]) == "OKRs: objective “Faster repairs”")
    }

    @Test("anything else: the file and its field path; names from another machine are sanitised")
    func fallback() {
        #expect(words("access.json", [.key("keys"), .index(1)]) == "access.json: keys › #2")
        #expect(words("board.json", [.key("recentFrom")]) == "board.json: recentFrom")
        let hostile = words("board.json", [.key("projects"), .named("Voids\u{1B}[2J"), .key("owner")])
        #expect(!hostile.unicodeScalars.contains { $0.value < 0x20 }, "\(hostile)")
    }

    @Test("sync resolve's layout: three lines each within 80 columns, both values and who and when kept")
    func block() {
        let at = Date(timeIntervalSince1970: 1_795_003_200)
        let long = String(repeating: "Agree the repairs contract with the new supplier. ", count: 3)
        let c = SyncConflict(
            file: "people/alex/2026-W50.json", path: [.key("goals"), .index(1), .key("text")],
            shown: .init(value: .string(long), person: "samantha", at: at),
            other: .init(value: .string("Agree the contract"), person: "alex", at: at - 600))
        let lines = ConflictText.block(c, width: 80)
        #expect(lines.count == 3 && lines.allSatisfy { TextWidth.of($0) <= 80 }, "\(lines)")
        #expect(lines[0] == "\(c.id)  alex's week 2026-W50: goal 2")
        #expect(
            lines[1].hasPrefix("    shown  “Agree the repairs")
                && lines[1].hasSuffix("by samantha, \(JournalText.when(at))"))
        #expect(lines[2] == "    other  “Agree the contract”  by alex, \(JournalText.when(at - 600))")
    }
}
