import Foundation
import Testing
@testable import WeekboardImport
@testable import WeekboardCore

/// The pieces the known exports share: reading CSV and JSON records in place, service lines, time patterns,
/// UTC times in local weeks, and the parse of each format as a whole (no store).
@Suite("Known exports: readers, service lines, times")
struct ExportReadersTests {
    func records(_ text: String) -> [[String]] {
        var out: [[String]] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            var s = CSVScanner(UnsafeBufferPointer(b))
            while s.next() { out.append(s.fields) }
        }
        return out
    }

    @Test("CSV in place: quotes with commas, doubled quotes and line breaks; CRLF; blank lines; a BOM")
    func csvScanner() {
        let text = "\u{FEFF}a,b ,\"c,d\"\r\n\r\n\"say \"\"hi\"\"\",\"two\nlines\", x \r\nlast,,"
        #expect(records(text) == [["a", "b", "c,d"], ["say \"hi\"", "two\nlines", "x"], ["last", "", ""]])
    }

    @Test("JSON records in place: one after another, in an array, nested fields, escapes, null; bad JSON refused")
    func jsonScanner() throws {
        func read(_ text: String) throws -> [[String]] {
            var out: [[String]] = []
            var bytes = Array(text.utf8)
            try bytes.withUnsafeMutableBufferPointer { b in
                var s = JSONRecordScanner(UnsafeBufferPointer(b), paths: ["Id", "Queue.Name", "Agent.Seconds"])
                while try s.next() { out.append(s.values) }
            }
            return out
        }
        let text =
            #"{"Id":"a","Queue":{"Name":"Rep\"airs\u00e9","X":[1,{"Name":"no"}]},"Agent":{"Seconds":12}}"#
            + #"{"Id":"b","Queue":null,"Agent":null,"Extra":{"Queue":{"Name":"deep"}}}"#
        #expect(try read(text) == [["a", "Rep\"airsé", "12"], ["b", "", ""]])
        #expect(
            try read("[\n" + #"{"Id":"a"}, {"Id":"b","Agent":{"Seconds":true}}"# + "\n]") == [
                ["a", "", ""], ["b", "", "true"],
            ])
        #expect(throws: JSONRecordScanner.Malformed.self) { try read(#"{"Id":"a"}"# + "\nnot json") }
        #expect(throws: JSONRecordScanner.Malformed.self) { try read(#"{"Id":"a","Queue":{"Name":"x"}"#) }
    }

    @Test("service lines: a number in any form, or its last six or more digits; too short or twice is an error")
    func serviceLines() throws {
        let lines = try ServiceLines([
            "01632 960100": "Repairs", "+44 1632 960200": "Council Tax", "0300 123 4567": "Contact",
        ])
        #expect(lines.service(dialled: "01632960100") == "Repairs")
        #expect(lines.service(dialled: "+441632960100") == "Repairs")
        #expect(lines.service(dialled: "960100") == "Repairs")
        #expect(lines.service(dialled: "1632960200") == "Council Tax")
        #expect(lines.service(dialled: "03001234567") == "Contact")
        #expect(lines.service(dialled: "60100") == nil)
        #expect(lines.service(dialled: "960999") == nil)
        #expect(throws: InputError.self) { try ServiceLines(["123": "Repairs"]) }
        #expect(throws: InputError.self) { try ServiceLines(["01632 960100": "Repairs", "01632960100": "Waste"]) }
    }

    @Test("time patterns: US with AM/PM, ISO with a quoted T, day first; impossible dates refused")
    func timePatterns() {
        #expect(TimePattern("MM/dd/yyyy h:mm a").parse("11/23/2026 1:05 PM")?.canonical == "2026-11-23T13:05:00")
        #expect(TimePattern("MM/dd/yyyy h:mm a").parse("11/23/2026 12:05 AM")?.canonical == "2026-11-23T00:05:00")
        #expect(
            TimePattern("yyyy-MM-dd'T'HH:mm:ss").parse("2026-11-23T09:15:02.5Z")?.canonical == "2026-11-23T09:15:02")
        #expect(TimePattern("dd.MM.yyyy HH:mm").parse("23.11.2026 18:30")?.canonical == "2026-11-23T18:30:00")
        #expect(TimePattern("MM/dd/yyyy").parse("23/11/2026") == nil)
        #expect(TimePattern("MM/dd/yyyy h:mm a").parse("11/23/2026 13:05 PM") == nil)
    }

    @Test("UTC times land in the local week: a summer Sunday 23:30 UTC is Monday 00:30 in London")
    func utcToLocal() {
        // London's rule for 2026: BST (+1 h) from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let london = LocalOffsets { instant in (1_774_746_000..<1_792_890_000).contains(instant) ? 3600 : 0 }
        #expect(FormatFields.utc("2026-06-28T23:30:00Z", in: london)?.canonical == "2026-06-29T00:30:00")
        #expect(FormatFields.utc("2026-11-29T23:30:00Z", in: london)?.canonical == "2026-11-29T23:30:00")
        #expect(FormatFields.utc("2026-06-28T23:30:00+01:00", in: london)?.canonical == "2026-06-28T23:30:00")
        #expect(FormatFields.utc("2026-06-28 22:30:00.250", in: london)?.canonical == "2026-06-28T23:30:00")
        #expect(FormatFields.utc("not a time", in: london) == nil)
    }

    @Test("durations: seconds, decimals, h:mm:ss; flags")
    func durations() {
        #expect(FormatFields.seconds("125") == 125)
        #expect(FormatFields.seconds("125.6") == 126)
        #expect(FormatFields.seconds("00:02:05") == 125)
        #expect(FormatFields.seconds("2:05") == 125)
        #expect(FormatFields.seconds("") == nil)
        #expect(FormatFields.seconds("-3") == nil)
        #expect(
            FormatFields.flag("Y") && FormatFields.flag("true") && !FormatFields.flag("N") && !FormatFields.flag(""))
    }

    @Test("a Teams file parsed whole: counts, skips, a bad time rejected by line without quoting the row")
    func teamsParse() throws {
        var text = TeamsPSTNFormat.header + "\n"
        text += "u1,c1,,GB,o,q@x,Repairs Queue,+447700900123,ucap_in,s,D,,+441632960100,"
        text += "2026-11-23T09:15:02Z,x,300,0,0,GBP,\n"
        text += "u2,c2,,GB,o,q@x,Repairs Queue,+447700900123,ucap_in,s,D,,+441632960100,yesterday,x,300,0,0,GBP,\n"
        text += "u3,c3,,GB,o,q@x,Alex,+447700900123,user_in,s,D,,+441632960100,2026-11-23T09:15:02Z,x,3,0,0,GBP,\n"
        let p = try CallsParser.parse(Data(text.utf8))
        #expect(p.format == .teams && p.rowsRead == 3 && p.contacts.count == 1)
        #expect(p.contacts[0].seconds == 300 && p.contacts[0].source == "teams:c1")
        #expect(p.skipped[.notIntoQueue] == 1)
        #expect(
            p.rejects == [RejectedRow(line: 3, reason: "Start Time is not an ISO 8601 time like 2026-11-23T09:15:02Z")])
    }

    @Test("read in place or decoded first, the same contacts: UTF-8, UTF-8 with a BOM, Windows-1252, UTF-16")
    func encodings() throws {
        var text = TeamsPSTNFormat.header + "\r\n"
        text +=
            "u1,c1,,GB,o,q@x,Café Queue,+447700900123,ucap_in,s,D,,+441632960100,2026-11-23T09:15:02Z,x,30,0,0,"
            + "GBP,\r\n"
        let utf8 = Data(text.utf8)
        let bom = Data([0xEF, 0xBB, 0xBF]) + utf8
        let windows = Data(text.unicodeScalars.map { UInt8($0.value) })
        let utf16 = try #require(text.data(using: .utf16))
        for data in [utf8, bom, windows, utf16] {
            let p = try CallsParser.parse(data)
            #expect(p.format == .teams && p.contacts.map(\.service) == ["Café Queue"] && p.rejects.isEmpty)
        }
        #expect(throws: ImportError.self) { try CallsParser.parse(Data((text + "\u{1B}[2J").utf8)) }
    }
}
