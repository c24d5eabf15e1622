import Foundation
import Testing

/// Broken store files, each made from the demo store by one change. A case names the file it
/// breaks and a write command that must read that file (a write to some other file would
/// rightly succeed).
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let breakIt: @Sendable (URL) throws -> Void

    var testDescription: String { "\(file): \(name)" }

    /// A command that shows what `file` holds (OKRs are not part of `status`).
    var readCommand: [String] {
        switch file {
        case MalformedCorpus.okrs: return ["okr", "list"]
        // The current week reads board.json alone; the full listing reads every archived year.
        case MalformedCorpus.boardHistory: return ["project", "list", "--json"]
        default: return ["status"]
        }
    }

    /// The command that changes `file`, so it has to read it first.
    var writeCommand: [String] {
        switch file {
        case MalformedCorpus.week: return ["goal", "done", "3"]
        case MalformedCorpus.board, MalformedCorpus.boardHistory:
            return ["project", "status", "Void repairs turnaround", "green", "--note", "Checked"]
        case MalformedCorpus.contacts: return ["calls", "record", "Repairs", "10", "--channel", "phone"]
        case MalformedCorpus.okrs: return ["okr", "update", "1", "1", "--current", "80"]
        case let f where f.hasPrefix("contacts/"):
            // An earlier week: a recording for it has to read it.
            let week = f.dropFirst("contacts/".count).dropLast(".json".count)
            return ["calls", "record", "Repairs", "10", "--channel", "phone", "--week", String(week)]
        default: return ["focus", "set", "Anything"]
        }
    }
}

enum MalformedCorpus {
    static let week = "people/alex/2026-W48.json"
    static let board = "board.json"
    static let contacts = "contacts/2026-W48.json"
    static let info = "store.json"
    static let okrs = "okrs.json"
    static let boardHistory = "board-history/2025.json"

    /// Replaces the file's bytes.
    static func bytes(_ name: String, _ file: String, _ make: @escaping @Sendable (Data) -> Data) -> MalformedCase {
        MalformedCase(name: name, file: file) { root in
            let url = root.appendingPathComponent(file)
            try make(try Data(contentsOf: url)).write(to: url)
        }
    }

    /// Replaces the first match of a regular expression in the file's text.
    static func text(_ name: String, _ file: String, _ pattern: String, _ replacement: String) -> MalformedCase {
        bytes(name, file) { data in
            let s = String(decoding: data, as: UTF8.self)
            guard let r = s.range(of: pattern, options: .regularExpression) else {
                fatalError("\(pattern) not in \(file)")
            }
            return Data(s.replacingCharacters(in: r, with: replacement).utf8)
        }
    }

    /// Changes the parsed JSON and writes it back pretty-printed.
    static func json(_ name: String, _ file: String, _ change: @escaping @Sendable (inout [String: Any]) -> Void)
        -> MalformedCase
    {
        bytes(name, file) { data in
            var obj = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            change(&obj)
            return (try? JSONSerialization.data(withJSONObject: obj, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        }
    }

    /// Replaces the file itself (a folder, a link, a huge file).
    static func fs(_ name: String, _ file: String, _ make: @escaping @Sendable (URL) throws -> Void) -> MalformedCase {
        MalformedCase(name: name, file: file) { root in
            let url = root.appendingPathComponent(file)
            try FileManager.default.removeItem(at: url)
            try make(url)
        }
    }

    /// A damaged board-history year beside a board.json whose first project has two 2025 updates,
    /// so the next status change must move one into that year's file (and read it first).
    static func archive(_ name: String, _ make: @escaping @Sendable (URL) throws -> Void) -> MalformedCase {
        MalformedCase(name: name, file: boardHistory) { root in
            let board = root.appendingPathComponent(MalformedCorpus.board)
            let text = String(decoding: try Data(contentsOf: board), as: UTF8.self)
            guard let r = text.range(of: "\"history\" : [") else { fatalError("no history in board.json") }
            let old =
                """
                \"history\" : [{\"date\": \"2025-03-03\", \"status\": \"amber\"}, {\"date\": \"2025-06-02\", \
                \"status\": \"red\"},
                """
            try Data(text.replacingCharacters(in: r, with: old).utf8).write(to: board)
            let url = root.appendingPathComponent(boardHistory)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try make(url)
        }
    }

    static func archive(_ name: String, text: String) -> MalformedCase {
        archive(name) { try Data(text.utf8).write(to: $0) }
    }

    static func firstGoal(_ change: @escaping @Sendable (inout [String: Any]) -> Void)
        -> @Sendable (inout [String: Any]) -> Void
    {
        { obj in
            var goals = obj["goals"] as! [Any]
            var g = goals[0] as! [String: Any]
            change(&g)
            goals[0] = g
            obj["goals"] = goals
        }
    }

    static func firstProject(_ change: @escaping @Sendable (inout [String: Any]) -> Void)
        -> @Sendable (inout [String: Any]) -> Void
    {
        { obj in
            var projects = obj["projects"] as! [Any]
            var p = projects[0] as! [String: Any]
            change(&p)
            projects[0] = p
            obj["projects"] = projects
        }
    }

    static let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)

    /// Every kind of damage the issue lists, on each kind of store file.
    static let cases: [MalformedCase] = [
        // Wrong types and impossible values, field by field.
        json("focus is a number", week) { $0["focus"] = 5 },
        json("goals is a string", week) { $0["goals"] = "three" },
        json("four goal slots", week) { $0["goals"] = ($0["goals"] as! [Any]) + [NSNull()] },
        json("goal state is not a state", week, firstGoal { $0["state"] = "purple" }),
        json("goal state is a number", week, firstGoal { $0["state"] = 7 }),
        json("goal changedAt is not a date", week, firstGoal { $0["changedAt"] = "yesterday" }),
        json("a goal is a string", week) { $0["goals"] = ["a goal", NSNull(), NSNull()] },
        json("notes is a list", week) { $0["notes"] = [] as [Any] },
        json("a note is a number", week) { $0["notes"] = ["watch": [1, 2]] },
        json("an unknown note section", week) { $0["notes"] = ["someday": ["x"]] },
        json("person is a number", week) { $0["person"] = 7 },
        json("week 60", week) { $0["week"] = "2026-W60" },
        json("week is a number", week) { $0["week"] = 48 },
        json("schemaVersion is a string", week) { $0["schemaVersion"] = "1" },
        json("schemaVersion missing", week) { $0["schemaVersion"] = nil },
        json("a newer schemaVersion", week) { $0["schemaVersion"] = 99 },
        json("projects is an object", board) { $0["projects"] = [String: Any]() },
        json("empty history", board, firstProject { $0["history"] = [] as [Any] }),
        json(
            "status is not a status", board,
            firstProject { $0["history"] = [["date": "2026-11-01", "status": "purple"]] }),
        json("30 February", board, firstProject { $0["history"] = [["date": "2026-02-30", "status": "red"]] }),
        json("date is a number", board, firstProject { $0["history"] = [["date": 20_261_101, "status": "red"]] }),
        json("milestone due is not a date", board, firstProject { $0["milestone"] = ["text": "x", "due": "soon"] }),
        json("name is null", board, firstProject { $0["name"] = NSNull() }),
        json("services is a list", contacts) { $0["services"] = [] as [Any] },
        json("week 2026-W60", contacts) { $0["week"] = "2026-W60" },
        json("week is not a week", contacts) { $0["week"] = "banana" },
        json("holds another week than its name", contacts) { $0["week"] = "2026-W47" },
        json("total is a string", contacts) { $0["services"] = ["Repairs": ["total": "many"]] },
        json("unknown channel", contacts) { $0["services"] = ["Repairs": ["total": 5, "channels": ["fax": 5]]] },
        json("week is a number", contacts) { $0["week"] = 202648 },
        bytes("the same week a year back (read for the baseline) is empty", "contacts/2025-W48.json") { _ in Data() },
        text(
            "a week in the sparkline has a negative count", "contacts/2026-W40.json", "\"total\" : [0-9]+",
            "\"total\" : -1"),
        json("objectives is a string", okrs) { $0["objectives"] = "many" },
        json("a key result's confidence is 7", okrs) { obj in
            var objectives = obj["objectives"] as! [[String: Any]]
            var krs = objectives[0]["keyResults"] as! [[String: Any]]
            krs[0]["confidence"] = 7
            objectives[0]["keyResults"] = krs
            obj["objectives"] = objectives
        },
        bytes("empty file", okrs) { _ in Data() },
        json("name is a number", info) { $0["name"] = 5 },
        json("createdAt is not a date", info) { $0["createdAt"] = "tuesday" },
        json("a newer store schema", info) { $0["schemaVersion"] = 3 },
        // Numbers out of range.
        text("a negative count", contacts, "\"total\" : [0-9]+", "\"total\" : -5"),
        text("a fractional count", contacts, "\"total\" : [0-9]+", "\"total\" : 1.5"),
        text("a count beyond Int", contacts, "\"total\" : [0-9]+", "\"total\" : 9223372036854775808"),
        text("a count beyond Double", contacts, "\"total\" : [0-9]+", "\"total\" : 1e400"),
        text("schemaVersion beyond Int", week, "\"schemaVersion\" : 1", "\"schemaVersion\" : 99999999999999999999999"),
        // Counts near Int.max (they crashed status, history, export and the dashboard), and totals
        // that are not the sum of their channels.
        text("a total of Int.max", contacts, "\"total\" : [0-9]+", "\"total\" : 9223372036854775807"),
        text("a channel of Int.max", contacts, "\"phone\" : [0-9]+", "\"phone\" : 9223372036854775807"),
        text("a count over a billion", contacts, "\"total\" : [0-9]+", "\"total\" : 1000000001"),
        text("answered of Int.max", contacts, "\"total\" :", "\"answered\" : 9223372036854775807,\n      \"total\" :"),
        json("a total that is not the sum of its channels", contacts) {
            $0["services"] = ["Repairs": ["total": 10, "channels": ["phone": 4, "email": 5]]]
        },
        json("channels that add up past Int.max", contacts) {
            $0["services"] = ["Repairs": ["total": 1, "channels": ["phone": Int.max, "email": Int.max]]]
        },
        text(
            "a week in the sparkline has a count of Int.max", "contacts/2026-W40.json", "\"total\" : [0-9]+",
            "\"total\" : 9223372036854775807"),
        text(
            "the same week a year back has a count of Int.max", "contacts/2025-W48.json", "\"total\" : [0-9]+",
            "\"total\" : 9223372036854775807"),
        // Bytes that are not JSON text.
        bytes("invalid UTF-8", week) { d in
            var d = d; d.insert(contentsOf: [0xFF, 0xFE], at: d.firstIndex(of: UInt8(ascii: "G"))!); return d
        },
        bytes("a UTF-8-encoded surrogate", week) { d in
            var d = d; d.insert(contentsOf: [0xED, 0xA0, 0x80], at: d.firstIndex(of: UInt8(ascii: "G"))!); return d
        },
        bytes("an overlong UTF-8 sequence", board) { d in
            var d = d; d.insert(contentsOf: [0xE0, 0x80, 0xAF], at: d.firstIndex(of: UInt8(ascii: "V"))!); return d
        },
        bytes("a NUL byte in a string", week) { d in
            var d = d; d.insert(0, at: d.firstIndex(of: UInt8(ascii: "G"))!); return d
        },
        text("duplicate keys", week, "\"focus\" :", "\"focus\" : \"first\",\n  \"focus\" :"),
        text("duplicate keys in a project", board, "\"name\" :", "\"name\" : \"Twice\",\n      \"name\" :"),
        text("nesting 10,000 deep", week, "\"focus\" : \"[^\"]*\"", "\"focus\" : \(deep)"),
        text("nesting 10,000 deep", board, "\"projects\" : \\[", "\"deep\" : \(deep),\n  \"projects\" : ["),
        text("trailing garbage", board, "\\}\\s*$", "}\n}\n"),
        bytes("empty file", week) { _ in Data() },
        bytes("empty file", board) { _ in Data() },
        bytes("empty file", contacts) { _ in Data() },
        bytes("empty file", info) { _ in Data() },
        bytes("only whitespace", board) { _ in Data("  \n\n".utf8) },
        // A 50 MB file: a valid-looking board whose one note is enormous.
        bytes("a 50 MB file", board) { _ in
            Data("{\"schemaVersion\": 1, \"projects\": [], \"x\": \"".utf8)
                + Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024) + Data("\"}".utf8)
        },
        // The file system: a folder, links that go nowhere or in a circle.
        fs("a folder where the file should be", week) {
            try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false)
        },
        fs("a folder where the file should be", board) {
            try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false)
        },
        fs("a folder where the file should be", info) {
            try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false)
        },
        fs("a symlink to itself", board) {
            try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: $0.lastPathComponent)
        },
        fs("a symlink loop through two links", contacts) { url in
            let other = url.deletingLastPathComponent().appendingPathComponent("loop.json")
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "loop.json")
            try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: url.lastPathComponent)
        },
        // An archived year of the board (read for old weeks, full listings and when archiving into it).
        archive("empty file", text: ""),
        archive("projects is a list", text: "{\"schemaVersion\": 1, \"year\": 2025, \"projects\": []}"),
        archive("year does not match the file name", text: "{\"schemaVersion\": 1, \"year\": 2019, \"projects\": {}}"),
        archive(
            "an update dated in another year",
            text:
                """
                {\"schemaVersion\": 1, \"year\": 2025, \"projects\": {\"Void repairs turnaround\": [{\"date\": \
                \"2024-12-30\", \"status\": \"red\"}]}}
                """
        ),
        archive(
            "status is not a status",
            text:
                """
                {\"schemaVersion\": 1, \"year\": 2025, \"projects\": {\"Void repairs turnaround\": [{\"date\": \
                \"2025-01-06\", \"status\": \"purple\"}]}}
                """
        ),
        archive("a newer schemaVersion", text: "{\"schemaVersion\": 99, \"year\": 2025, \"projects\": {}}"),
        archive("truncated", text: "{\"schemaVersion\": 1, \"year\": 2025, \"proj"),
        archive("invalid UTF-8") { try Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]).write(to: $0) },
        archive("a folder where the file should be") {
            try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false)
        },
        archive("a symlink to itself") {
            try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: $0.lastPathComponent)
        },
        fs("a symlink to itself", week) {
            try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: $0.lastPathComponent)
        },
    ]

    /// The week file and store.json cut off at every tenth byte (the real binary runs on each).
    static func truncations(of file: String, length: Int) -> [MalformedCase] {
        stride(from: 0, to: length - 2, by: 10).map { n in
            bytes("truncated to \(n) bytes", file) { $0.prefix(n) }
        }
    }
}
