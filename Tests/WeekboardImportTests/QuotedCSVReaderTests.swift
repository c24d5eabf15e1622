import Foundation
import Testing

@testable import WeekboardImport

/// Files with quotes are read by our own reader since CSV.swift (which imported full Foundation, and
/// with it ICU) was dropped: these rows are what CSV.swift 2.5.2 read from the same text, quirks included.
@Suite("Quoted CSV rows as CSV.swift read them")
struct QuotedCSVReaderTests {
    static let cases: [(text: String, delimiter: Unicode.Scalar, rows: [[String]])] = [
        ("a,b\n\"x, y\",2\n", ",", [["a", "b"], ["x, y", "2"]]),
        (
            "a,b\r\n\"multi\nline\",\"say \"\"hi\"\"\"\r\n3,4", ",",
            [["a", "b"], ["multi\nline", "say \"hi\""], ["3", "4"]]
        ),
        ("a,b\n\"ab\"x,c\n", ",", [["a", "b"], ["ab\",c\n"]]),
        ("a,b\nx\"y,z\n", ",", [["a", "b"], ["x\"y", "z"]]),
        ("a;b\r\"1;2\"\r\"\"\r3;4\r", ";", [["a", "b"], ["1;2"], [""], ["3", "4"]]),
        ("h1,h2\n\"unterminated,1\n2,3\n", ",", [["h1", "h2"], ["unterminated,1\n2,3\n"]]),
        ("h\n\"\"\n\"\"\"\"\n,\n\"a\"\r", ",", [["h"], [""], ["\""], ["", ""], ["a"]]),
        ("a,b,\n\"1\",\n\"2\"\r\n", ",", [["a", "b", ""], ["1", ""], ["2"]]),
        (" \"a\" , b\n\"q\"  ,x\n", ",", [[" \"a\" ", " b"], ["q\" ,x\n"]]),
    ]

    @Test("rows, quotes, line breaks and stray quotes", arguments: cases.indices)
    func rows(_ i: Int) {
        let c = Self.cases[i]
        var reader = QuotedCSVReader(c.text, delimiter: c.delimiter)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows == c.rows, "\(c.text.debugDescription)")
    }

    @Test("Windows-1252: the 0x80-0x9F block, Latin-1 above it, unassigned bytes refused")
    func windows1252() {
        let text = Windows1252.decode(Data([0x43, 0x61, 0x66, 0xE9, 0x80, 0x93, 0x94, 0x9F, 0xFF]))
        #expect(text == "Café€“”Ÿÿ")
        for b: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] { #expect(Windows1252.decode(Data([0x41, b])) == nil) }
    }
}
