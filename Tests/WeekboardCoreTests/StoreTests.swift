import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Store: round trip, malformed files, atomic writes")
struct StoreTests {
    let temp = TempStore("store")
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let today = CalendarDay.parse("2026-11-24")!
    var week: ISOWeek { ISOWeek(containing: today) }

    func tempStore() throws -> Store {
        let s = temp.store("store")
        try s.create(name: "Test", now: now)
        return s
    }

    func ctx() -> ActionContext { ActionContext(person: "alex", week: week, now: now, today: today) }

    @Test("what is written is what is read back")
    func roundTrip() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("Winter readiness")), ctx())
        try s.perform(.week(.setGoal(slot: 2, text: "Plan")), ctx())
        try s.perform(.week(.setGoalState(slot: 2, .nearly)), ctx())
        try s.perform(
            .board(
                .addProject(
                    ProjectDraft(
                        name: "Voids", programme: "Plan", owner: "Priya", status: .amber,
                        milestone: Milestone(text: "Mobilised", due: today.adding(days: 7))))), ctx())
        try s.perform(.board(.setProjectStatus(name: "voids", status: .green, note: "contractor back")), ctx())
        try s.perform(.contacts(.recordCalls(service: "Repairs", count: 100, channel: .phone)), ctx())
        try s.perform(.contacts(.recordCalls(service: "repairs", count: 20, channel: .web)), ctx())
        let pw = try s.read(StoreFiles.personWeek("alex", week))
        #expect(pw.focus == "Winter readiness")
        #expect(pw.goals[1]?.state == .nearly)
        #expect(pw.goals[1]?.changedAt == now)
        let board = try s.read(StoreFiles.board)
        #expect(board.projects[0].history.map(\.status) == [.amber, .green])
        #expect(board.projects[0].note == "contractor back")
        #expect(board.projects[0].milestone?.due == today.adding(days: 7))
        let year = try s.readContactYear(2026)
        #expect(year.count(service: "Repairs", week: 48)?.total == 120)
        #expect(year.services.keys.sorted() == ["Repairs"])
        // Re-encoding what was read gives the same bytes: the format is stable for diffs.
        let url = s.url(StoreFiles.board.path)
        #expect(try JSONCoding.encode(board) == Data(contentsOf: url))
    }

    @Test("a failed action writes nothing")
    func failedActionWritesNothing() throws {
        let s = try tempStore()
        #expect(throws: InputError.self) { try s.perform(.week(.setGoalState(slot: 1, .done)), ctx()) }
        #expect(!s.has(StoreFiles.personWeek("alex", week)))
        #expect(throws: InputError.self) {
            try s.perform(.contacts(.recordCalls(service: "Repairs", count: -1, channel: nil)), ctx())
        }
        #expect(s.contactWeeks().isEmpty)
    }

    @Test("temp files left by a crash are never read as data and are cleared by the next write")
    func leftoverTempFiles() throws {
        let s = try tempStore()
        try s.perform(.week(.setFocus("One")), ctx())
        let dir = s.url("people/alex")
        try Data("{ torn".utf8).write(to: dir.appendingPathComponent(".tmp-2026-W48.json-123-456"))
        #expect(try s.read(StoreFiles.personWeek("alex", week)).focus == "One")
        try s.perform(.week(.setFocus("Two")), ctx())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["2026-W48.json"])
    }

    func decodeError(_ text: String) -> String {
        do {
            _ = try JSONCoding.decode(PersonWeek.self, from: Data(text.utf8), file: "f.json", supportedSchema: 1)
            return "no error"
        } catch { return "\(error)" }
    }

    @Test(
        "malformed files name the place",
        arguments: [
            ("", "file is empty"),
            ("{\"a\": 1, \"a\": 2}", "duplicate field 'a'"),
            ("{\n \"schemaVersion\": 1,\n \"person\": \"x\"", "line 3, column 15: file ends inside an object"),
            ("[1, 2", "file ends inside a list"),
            (
                "{\"schemaVersion\": 1, \"person\": \"x\", \"week\": \"2026-W48\", \"goals\": [null, null]}",
                "goals: expected exactly 3 goal slots"
            ),
            ("{\"schemaVersion\": 1, \"person\": 5, \"week\": \"2026-W48\"}", "field person: expected a string"),
            ("{\"schemaVersion\": 1, \"person\": \"x\", \"week\": \"2026-W99\"}", "field week"),
            ("{\"schemaVersion\": 2, \"person\": \"x\", \"week\": \"2026-W48\"}", "newer weekboard"),
            ("{\"schemaVersion\": 1} trailing", "unexpected text after the end"),
            ("{\"x\": \"bad \\q escape\"}", "bad escape"),
        ])
    func malformed(_ text: String, _ expected: String) {
        #expect(decodeError(text).contains(expected), "got: \(decodeError(text))")
    }

    @Test("invalid UTF-8 and deep nesting are refused before parsing")
    func hostileBytes() {
        var bytes = Data("{\"person\": \"".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(contentsOf: Data("\"}".utf8))
        #expect(throws: StoreError.self) { try JSONCoding.decode(PersonWeek.self, from: bytes, file: "f.json") }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        do {
            _ = try JSONCoding.decode([Int].self, from: Data(deep.utf8), file: "f.json")
            Issue.record("deep nesting accepted")
        } catch {
            #expect("\(error)".contains("nesting deeper than"))
        }
    }

    @Test("a folder where a file should be, or a symlink loop, is an error, not 'empty'")
    func wrongKinds() throws {
        let s = try tempStore()
        try FileManager.default.createDirectory(at: s.url("board.json"), withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try s.read(StoreFiles.board) }
        #expect(throws: StoreError.self) {
            try s.perform(.board(.addProject(ProjectDraft(name: "P", programme: "X"))), ctx())
        }
        let loop = s.url("contacts/2026-W48.json")
        try FileManager.default.createDirectory(at: s.url("contacts"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect(throws: StoreError.self) { try s.readContactYear(2026) }
    }

    @Test("duplicate field names are found in small and in large objects, and only there")
    func duplicateFields() throws {
        func object(_ keys: [String]) -> Data {
            Data(("{" + keys.map { "\"\($0)\": 1" }.joined(separator: ", ") + "}").utf8)
        }
        let many = (1...40).map { "k\($0)" }
        #expect(try JSONValidator.validate(object(many), file: "f.json") == nil)
        for keys in [["a", "b", "a"], many + ["k3"], many + ["k40"]] {
            #expect { try JSONValidator.validate(object(keys), file: "f.json") } throws: {
                "\($0)".contains("duplicate field '\(keys.last!)'")
            }
        }
        // Same length, different bytes; a prefix of another name: not duplicates.
        #expect(try JSONValidator.validate(object(["ab", "ba", "a", "abc"]), file: "f.json") == nil)
        // Names are per object: the same name inside and beside a nested object is fine, not twice in one.
        let nested = "{\"a\": {\"a\": 1, \"b\": {\"a\": 2}}, \"b\": [{\"a\": 1}, {\"a\": 2}], \"c\": 3}"
        #expect(try JSONValidator.validate(Data(nested.utf8), file: "f.json") == nil)
        let manyThenNested = "{" + many.map { "\"\($0)\": {\"k1\": 1}" }.joined(separator: ", ") + ", \"k7\": 1}"
        #expect { try JSONValidator.validate(Data(manyThenNested.utf8), file: "f.json") } throws: {
            "\($0)".contains("duplicate field 'k7'")
        }
        let after = "{\"a\": {\"x\": 1, \"y\": 2}, \"b\": 1, \"a\": 2}"
        #expect { try JSONValidator.validate(Data(after.utf8), file: "f.json") } throws: {
            "\($0)".contains("duplicate field 'a'")
        }
    }
}
