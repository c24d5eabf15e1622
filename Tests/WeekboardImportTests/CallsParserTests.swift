import Foundation
import Testing
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("Parsing telephony exports")
struct CallsParserTests {
    @Test("weekly totals with header synonyms, UK dates and week forms")
    func weeklyTotals() throws {
        let file = """
            Week Commencing,Queue,Media,Volume
            23/11/2026,Repairs,Telephone,"5,500"
            2026-W48,Repairs,E-mail,300
            2026.47,Council Tax,web,42
            2026-11-16,Council Tax,,17
            """
        let p = try CallsParser.parse(csv(file))
        #expect(p.shape == .weeklyTotals)
        #expect(p.rowsRead == 4)
        #expect(p.rejects.isEmpty)
        #expect(
            p.totals == [
                TotalRecord(line: 2, week: week("2026-W48"), service: "Repairs", channel: .phone, count: 5500),
                TotalRecord(line: 3, week: week("2026-W48"), service: "Repairs", channel: .email, count: 300),
                TotalRecord(line: 4, week: week("2026-W47"), service: "Council Tax", channel: .web, count: 42),
                TotalRecord(line: 5, week: week("2026-W47"), service: "Council Tax", channel: nil, count: 17),
            ])
    }

    @Test("one row per contact: synonyms, UK and ISO date-times, callers normalised")
    func perContact() throws {
        let file = """
            Call Start;Department;Contact Type;CLI
            23/11/2026 09:15;Repairs;phone;07700 900123
            2026-11-24T10:00:05Z;Repairs;Phone;+44 (0)7700 900123
            2026-11-29 23:59:59;Housing;email; Jo.Bloggs@Example.ORG
            """
        let p = try CallsParser.parse(csv(file))
        #expect(p.shape == .perContact)
        #expect(p.rejects.isEmpty)
        #expect(p.contacts.map(\.line) == [2, 3, 4])
        #expect(
            p.contacts.map(\.time.canonical) == ["2026-11-23T09:15:00", "2026-11-24T10:00:05", "2026-11-29T23:59:59"])
        #expect(p.contacts.map(\.week) == [week("2026-W48"), week("2026-W48"), week("2026-W48")])
        #expect(
            p.contacts.map(\.caller) == [
                .phone("+447700900123"), .phone("+447700900123"), .email("jo.bloggs@example.org"),
            ])
        #expect(p.contacts.map(\.channel) == [.phone, .phone, .email])
    }

    @Test("separate date and time columns; channel inferred when there is no channel column")
    func dateAndTimeColumns() throws {
        let p = try CallsParser.parse(
            csv("Date,Time,Service,Email\n01/12/2026,08:00,Housing,a@b.uk\n01/12/2026,08:05,Housing,withheld\n"))
        #expect(p.rejects.isEmpty)
        #expect(p.contacts.map(\.time.canonical) == ["2026-12-01T08:00:00", "2026-12-01T08:05:00"])
        #expect(p.contacts.map(\.channel) == [.email, .phone])
        #expect(p.contacts.map(\.caller) == [.email("a@b.uk"), .withheld])
    }

    @Test("rejected rows carry their line numbers, counting lines inside quoted fields")
    func rejectsWithLines() throws {
        let file =
            "week,service,channel,count,notes\n2026-W48,Repairs,phone,10,\"two\nlines\"\n2026-W60,Repairs,phone,1,\n\n"
            + "2026-W48,Repairs,fax,1,\n2026-W48,Repairs,phone,-3,\n2026-W48,Repairs\n"
        let p = try CallsParser.parse(csv(file))
        #expect(p.totals.count == 1)
        #expect(p.rejects.map(\.line) == [4, 6, 7, 8])
        #expect(p.rejects[0].reason.contains("'2026-W60' is not a week"))
        #expect(p.rejects[1].reason.contains("channel 'fax'"))
        #expect(p.rejects[2].reason.contains("count '-3'"))
        #expect(p.rejects[3].reason == "has 2 fields; the header has 5")
    }

    @Test(
        "a per-contact reject never quotes the row",
        arguments: [
            "2026-13-40 09:00,Repairs,phone,07700 900123",
            "2026-11-23 09:00,Repairs,phone,077009",
            "2026-11-23 09:00,Repairs,fax,07700 900123",
        ])
    func rejectsDoNotEcho(row: String) throws {
        let p = try CallsParser.parse(csv("timestamp,service,channel,caller\n\(row)\n"))
        #expect(p.rejects.count == 1)
        let reason = p.rejects[0].reason
        for field in ["7700", "077009", "2026-13-40", "09:00", "fax"] { #expect(!reason.contains(field)) }
    }

    @Test(
        "empty, blank, binary and header-less files are clear errors",
        arguments: [
            (Data(), "empty"),
            (Data(" \n\r\n".utf8), "empty"),
            (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "not a CSV text file"),
            (Data("hello,world\n1,2\n".utf8), "no recognisable header"),
        ])
    func notCSV(data: Data, expected: String) {
        #expect {
            _ = try CallsParser.parse(data)
        } throws: { error in
            "\(error)".contains(expected) && "\(error)".contains("Nothing was imported")
        }
    }

    @Test("a file without a header does not echo its first contact")
    func headerlessDoesNotEcho() {
        #expect {
            _ = try CallsParser.parse(csv("2026-11-23 09:00,Repairs,phone,07700 900123\n"))
        } throws: { error in
            let text = "\(error)"
            return text.contains("no recognisable header") && !text.contains("7700")
        }
    }
}
