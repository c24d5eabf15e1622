import Foundation
import Testing
@testable import WeekboardCore

/// Edge cases read both ways (see `JSONReadableTests`): unknown and missing fields, wrong types,
/// numbers, escapes, dates, bad bytes, and each type's own checks.
extension JSONReadableTests {
    static let head = "\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-W48\""

    static func week(_ rest: String) -> String { "{\(head)\(rest.isEmpty ? "" : ", " + rest)}" }

    static func goal(_ fields: String) -> String { week("\"goals\": [{\(fields)}, null, null]") }

    static let goalFields = "\"text\": \"Plan\", \"state\": \"done\""

    @Test(
        "person weeks: fields, types, numbers, escapes",
        arguments: [
            week(""),
            week("\"focus\": null, \"goals\": null, \"notes\": null"),
            week("\"unknown\": {\"deep\": [1, 2.5e300, -0, true, null, \"x\"]}, \"zz\": 99999999999999999999999"),
            week("\"focus\": \"Winter\", \"goals\": [null, null, null], \"notes\": {}"),
            week("\"goals\": [null, null]"),
            week("\"goals\": [null, null, null, null]"),
            week("\"goals\": \"three\""),
            week("\"goals\": {}"),
            week("\"goals\": [1, null, null]"),
            week("\"focus\": 5"),
            week("\"focus\": false"),
            week("\"focus\": []"),
            week("\"notes\": {\"watch\": [\"a\", \"b\"], \"next\": []}"),
            week("\"notes\": {\"watch\": [\"a\", null]}"),
            week("\"notes\": {\"watch\": \"a\"}"),
            week("\"notes\": {\"later\": [\"a\"]}"),
            week("\"notes\": [\"a\"]"),
            "{\"schemaVersion\": 1, \"person\": \"alex\"}",
            "{\"schemaVersion\": 1, \"week\": \"2026-W48\"}",
            "{\"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1, \"person\": null, \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": \"1\", \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1.0, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1e0, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 100e-2, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": -0, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1.5, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": -9223372036854775808, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": -9223372036854775809, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1e400, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": true, \"person\": \"alex\", \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-W99\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-48\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-w48\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-W5\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"1899-W05\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": \"2026-W\\u00348\"}",
            "{\"schemaVersion\": 1, \"person\": \"alex\", \"week\": 202648}",
            "{\"schemaVersion\": 1, \"pers\\u006fn\": \"alex\", \"week\": \"2026-W48\"}",
            week("\"deep\": " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60)),
            week("\"deep\": " + String(repeating: "{\"a\": ", count: 70) + "1" + String(repeating: "}", count: 70)),
            "[]",
            "\"alex\"",
            "null",
            "{}",
        ])
    func personWeeks(_ text: String) {
        expectSame(text, as: PersonWeek.self)
    }

    @Test(
        "strings: escapes, surrogate pairs, bad bytes",
        arguments: [
            "a\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\\\/\\b\\f\\r", "\\uD83D\\uDE00", "\\u0000", "caf\u{E9} \u{1F600}",
            "\\ud83d", "\\ude00", "\\ud83dx", "\\ud83d\\u0041", "\\ud800\\ud800", "\\ud83d\\n",
        ])
    func strings(_ escaped: String) {
        expectSame(Self.week("\"focus\": \"\(escaped)\""), as: PersonWeek.self)
    }

    @Test(
        "bytes the validator lets through as UTF-8 shapes but are not UTF-8",
        arguments: [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBF]] as [[UInt8]])
    func badUTF8(_ sequence: [UInt8]) {
        var bytes = Data(Self.week("\"focus\": \"a").utf8.dropLast())
        bytes.append(contentsOf: sequence)
        bytes.append(contentsOf: Data("b\"}".utf8))
        expectSame(bytes, as: PersonWeek.self)
    }

    @Test(
        "goals and their dates",
        arguments: [
            goal("\(goalFields), \"changedAt\": \"2026-11-24T10:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T10:00:00.123Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T10:00:00+01:00\""),
            goal("\(goalFields), \"changedAt\": \"2026-02-30T10:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T24:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T10:60:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T23:59:60Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24T10:00:00Zjunk\""),
            goal("\(goalFields), \"changedAt\": \"1582-10-10T00:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"0001-01-01T00:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"1900-01-01T00:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"1899-12-31T23:59:59Z\""),
            goal("\(goalFields), \"changedAt\": \"9999-12-31T23:59:59Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24 10:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-13-01T00:00:00Z\""),
            goal("\(goalFields), \"changedAt\": \"2026-11-24\""),
            goal("\(goalFields), \"changedAt\": 1795000000"),
            goal("\(goalFields)"),
            goal("\"text\": \"Plan\", \"state\": \"finished\", \"changedAt\": \"2026-11-24T10:00:00Z\""),
            goal("\"text\": \"Plan\", \"state\": 2, \"changedAt\": \"2026-11-24T10:00:00Z\""),
            goal("\"text\": null, \"state\": \"open\", \"changedAt\": \"2026-11-24T10:00:00Z\""),
            goal("\"state\": \"open\", \"changedAt\": \"2026-11-24T10:00:00Z\", \"extra\": 1"),
        ])
    func goals(_ text: String) {
        expectSame(text, as: PersonWeek.self)
    }

    static let update = "{\"date\": \"2026-11-20\", \"status\": \"amber-green\"}"

    static func board(_ project: String, _ rest: String = "") -> String {
        "{\"schemaVersion\": 1, \"projects\": [\(project)]\(rest)}"
    }

    @Test(
        "the board: projects, updates, milestones",
        arguments: [
            board(""),
            board("", ", \"recentFrom\": \"2026-10-19\""),
            board("", ", \"recentFrom\": \"19/10/2026\""),
            board("", ", \"recentFrom\": \"2026-10-32\""),
            board("", ", \"recentFrom\": \"2026-02-29\""),
            board("", ", \"recentFrom\": \"2024-02-29\""),
            board("", ", \"recentFrom\": \"1899-12-31\""),
            board("", ", \"recentFrom\": \" 2026-10-19\""),
            board("", ", \"recentFrom\": \"2026-10-1\\u0039\""),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(update)]}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": []}"),
            board("{\"name\": \"P\", \"programme\": \"X\"}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [null]}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(update)], \"archived\": \"2026-11-01\"}"),
            board(
                "{\"name\": \"P\", \"programme\": \"X\", \"owner\": \"Priya\", \"note\": null,"
                    + " \"history\": [\(update)],"
                    + " \"milestone\": {\"text\": \"Go live\", \"due\": \"2027-01-04\"}}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(update)], \"milestone\": {\"due\": null}}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(update)], \"milestone\": \"soon\"}"),
            board(
                "{\"name\": \"P\", \"programme\": \"X\","
                    + " \"history\": [{\"date\": \"2026-11-20\", \"status\": \"purple\"}]}"),
            board(
                "{\"name\": \"P\", \"programme\": \"X\", \"history\": [{\"date\": \"2026-11-20\", \"status\": \"red\","
                    + " \"note\": \"late\", \"by\": \"priya as alex\"}]}"),
            board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [{\"status\": \"red\"}]}"),
            board("{\"name\": 3, \"programme\": \"X\", \"history\": [\(update)]}"),
            "{\"schemaVersion\": 1}",
            "{\"schemaVersion\": 1, \"projects\": {}}",
        ])
    func boards(_ text: String) {
        expectSame(text, as: Board.self)
    }

    static func contacts(_ services: String) -> String {
        "{\"schemaVersion\": 1, \"week\": \"2026-W48\", \"services\": {\(services)}}"
    }

    @Test(
        "contact weeks: counts, channels, the sums they must make",
        arguments: [
            contacts(""),
            contacts("\"Housing\": {\"total\": 12}"),
            contacts("\"Housing\": {\"total\": -1}"),
            contacts("\"Housing\": {\"total\": 1000000001}"),
            contacts("\"Housing\": {\"total\": 9223372036854775807}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 1, \"email\": 2}}"),
            contacts("\"Housing\": {\"total\": 4, \"channels\": {\"phone\": 1, \"email\": 2}}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 1, \"fax\": 2}}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": {\"phone\": -1, \"email\": 4}}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"answered\": 2, \"abandoned\": 1}"),
            contacts("\"Housing\": {\"total\": 3, \"answered\": -2}"),
            contacts("\"Housing\": {\"total\": 3, \"handledMedian\": 370, \"identified\": 3, \"callingAgain\": 1}"),
            contacts("\"Housing\": {\"total\": 3, \"identified\": 2, \"callingAgain\": 3}"),
            contacts("\"Housing\": {\"total\": 3, \"callingAgain\": 1}"),
            contacts("\"Housing\": {\"total\": 3, \"handledMedian\": -5}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": null, \"answered\": null}"),
            contacts("\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3}}"),
            contacts(
                "\"Housing\": {\"total\": 5, \"channels\": {\"phone\": 5}, \"imported\": {\"phone\": 3},"
                    + " \"recorded\": {\"phone\": 5}}"),
            contacts(
                "\"Housing\": {\"total\": 5, \"channels\": {\"phone\": 5}, \"imported\": {\"phone\": 3},"
                    + " \"recorded\": {\"email\": 5}}"),
            contacts("\"Housing\": {\"total\": 3, \"imported\": {\"phone\": 3}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9aff5354831c921574ec29d46868aa69\": {\"phone\": 2}}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9aff5354831c921574ec29d46868aa69\": {\"phone\": 4}}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9AFF\": {\"phone\": 1}}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9aff5354831c921574ec29d46868aa69\": {\"fax\": 1}}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9aff5354831c921574ec29d46868aa69\": {\"phone\": -1}}}"),
            contacts(
                "\"Housing\": {\"total\": 3, \"channels\": {\"phone\": 3}, \"imported\": {\"phone\": 3},"
                    + " \"imports\": {\"9aff5354831c921574ec29d46868aa69\": {},"
                    + " \"9aff5354831c921574ec29d46868aa69\": {}}}"),
            contacts("\"Housing\": {\"channels\": {\"phone\": 3}}"),
            contacts("\"Housing\": 12"),
            contacts("\"Hou\\u0073ing\": {\"total\": 1}, \"Caf\\u00e9\": {\"total\": 2}"),
            "{\"schemaVersion\": 1, \"week\": \"2026-W48\"}",
            "{\"schemaVersion\": 1, \"week\": \"2026-W48\", \"services\": []}",
        ])
    func contactWeeks(_ text: String) {
        expectSame(text, as: ContactWeek.self)
        // Totals only: the same file, channels and the rest not looked at.
        let data = Data(text.utf8)
        let old = try? JSONCoding.decode(
            ContactWeek.self, from: data, file: "f.json", userInfo: [WeeklyCount.totalsOnly: true])
        let new = try? JSONCoding.read(from: data, file: "f.json") { try ContactWeek(json: $0, totalsOnly: true) }
        #expect(old == new)
    }

    @Test(
        "store.json, the positive-week index and archived years",
        arguments: [
            "{\"schemaVersion\": 2, \"name\": \"Tech\", \"createdAt\": \"2026-11-24T10:00:00Z\"}",
            "{\"schemaVersion\": 2, \"name\": \"Tech\", \"createdAt\": \"2026-11-24T10:00:00.5-03:30\"}",
            "{\"schemaVersion\": 2, \"name\": \"Tech\"}",
            "{\"schemaVersion\": 2, \"name\": \"Tech\", \"createdAt\": \"yesterday\"}",
        ])
    func storeInfo(_ text: String) {
        expectSame(text, as: StoreInfo.self)
    }

    @Test(
        "a person's profile: the name they are shown by",
        arguments: [
            "{\"schemaVersion\": 1, \"displayName\": \"Sam Patel\"}",
            "{\"schemaVersion\": 1}",
            "{\"schemaVersion\": 1, \"displayName\": null}",
            "{\"schemaVersion\": 1, \"displayName\": \"Sam  Patel\"}",
            "{\"schemaVersion\": 1, \"displayName\": \"Sam\\u001b[2J\"}",
            "{\"schemaVersion\": 1, \"displayName\": 7}",
        ])
    func personProfile(_ text: String) {
        expectSame(text, as: PersonProfile.self)
    }

    @Test(
        "the positive-week index",
        arguments: [
            "{\"schemaVersion\": 1, \"runs\": []}",
            "{\"schemaVersion\": 1, \"runs\": [{\"from\": \"2016-W49\", \"to\": \"2026-W47\"}]}",
            "{\"schemaVersion\": 1, \"runs\": [{\"from\": \"2016-W49\"}]}",
            "{\"schemaVersion\": 1}",
            "{\"runs\": []}",
        ])
    func positiveWeeks(_ text: String) {
        expectSame(text, as: PositiveWeeks.self)
    }

    @Test(
        "archived years of the board",
        arguments: [
            "{\"schemaVersion\": 1, \"year\": 2025,"
                + " \"projects\": {\"P\": [{\"date\": \"2025-03-02\", \"status\": \"red\"}]}}",
            "{\"schemaVersion\": 1, \"year\": 2024,"
                + " \"projects\": {\"P\": [{\"date\": \"2025-03-02\", \"status\": \"red\"}]}}",
            "{\"schemaVersion\": 1, \"year\": 2025, \"projects\": {\"P\": []}}",
            "{\"schemaVersion\": 1, \"year\": 2025, \"projects\": []}",
        ])
    func boardHistory(_ text: String) {
        expectSame(text, as: BoardHistoryYear.self)
    }

    @Test("what the readers say where JSONDecoder would say little or nothing")
    func clearerErrors() {
        #expect(
            newError(Self.week("\"goals\": [{\(Self.goalFields), \"changedAt\": 5}, null, null]"), as: PersonWeek.self)
                == "f.json: field goals[0].changedAt: expected a string")
        #expect(
            newError("{\"schemaVersion\": 1.5, \"person\": \"alex\", \"week\": \"2026-W48\"}", as: PersonWeek.self)
                .hasPrefix("f.json: field schemaVersion: '1.5' is not a whole number"))
        #expect(
            newError(Self.week("\"focus\": \"\\ud83d\""), as: PersonWeek.self)
                == "f.json: field focus: holds invalid UTF-8 or half of a \\u surrogate pair")
        #expect(
            newError(Self.week("\"notes\": {\"later\": []}"), as: PersonWeek.self)
                == "f.json: field notes.later: 'later' is not one of watch, learning, next")
        #expect(
            newError("{\"schemaVersion\": 1, \"person\": \"alex\"}", as: PersonWeek.self)
                == "f.json: missing field 'week'")
        #expect(newError("[]", as: PersonWeek.self) == "f.json: top level: expected an object")
        #expect(
            newError(Self.contacts("\"H\": {\"total\": 3, \"channels\": {\"phone\": -1}}"), as: ContactWeek.self)
                == "f.json: field services.H.channels.phone: a count cannot be negative (-1)")
        // Two names that are the same once unescaped: JSONDecoder keeps one of them; refused here.
        let twice = "{\"schemaVersion\": 1, \"person\": \"alex\", \"pers\\u006fn\": \"sam\", \"week\": \"2026-W48\"}"
        #expect(newError(twice, as: PersonWeek.self) == "f.json: top level: duplicate field 'person'")
    }
}
