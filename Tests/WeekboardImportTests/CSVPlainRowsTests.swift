import Foundation
import Testing
@testable import WeekboardImport

@Suite("A file without quotes is split directly, with the same rows and line numbers as the CSV reader")
struct CSVPlainRowsTests {
    static let files = [
        "a,b,c\n1,2,3\n4,5,6\n",
        "a,b,c\r\n1,2,3\r\n\r\n4,5,6",
        "a;b\r1;2\r\r3;4\r",
        "a\tb\n 1 \t 2 \n\n\n3\t4,5\n",
        "x,y,\n1,2,\n,,\n3,,4\n",
        "\n\nheader,only\n",
    ]

    @Test("rows and line numbers match the quoted reader's", arguments: files)
    func sameAsReader(_ text: String) throws {
        let delimiter = CSVTable.guessDelimiter(text)
        let plain = CSVTable.plainRows(text, delimiter).filter { !$0.fields.allSatisfy(\.isEmpty) }
        let quoted = try CSVTable.quotedRows(text, delimiter).filter { !$0.fields.allSatisfy(\.isEmpty) }
        #expect(plain.map(\.line) == quoted.map(\.line), "\(text.debugDescription)")
        #expect(plain.map(\.fields) == quoted.map(\.fields), "\(text.debugDescription)")
    }
}
