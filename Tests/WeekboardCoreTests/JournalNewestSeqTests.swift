import Foundation
import Testing
@testable import WeekboardCore

/// The newest entry's number, read from the newest line alone, for a line of any length.
@Suite("Journal: the newest entry's number from a long line")
struct JournalNewestSeqTests {
    /// An entry's line with its keys sorted as weekboard writes them, `pad` bytes of fields before `seq`.
    static func line(seq: Int, pad: Int) -> Data {
        let fields =
            "[{\"after\":\"" + String(repeating: "x", count: pad) + "\",\"before\":null,\"file\":\"board.json\","
            + "\"path\":[\"a\"]}]"
        return Data(
            ("{\"at\":\"2026-12-06T21:43:40Z\",\"fields\":\(fields),\"kind\":\"change\",\"removed\":[],\"seq\":\(seq),"
                + "\"source\":{\"origin\":\"cli\",\"person\":\"alex\"},\"summary\":\"Demo\","
                + "\"written\":[\"board.json\"]}")
                .utf8)
    }

    @Test("a line longer than 64 KiB (the demo's first entry is 170 KB) gives its number without decoding")
    func longLine() {
        #expect(Journal.seq(of: Self.line(seq: 7, pad: 200_000)) == 7)
        #expect(Journal.seq(of: Self.line(seq: 7, pad: 10)) == 7)
        // Not JSON, however it ends: no number.
        var torn = Self.line(seq: 7, pad: 200_000)
        torn.removeFirst(10)
        #expect(Journal.seq(of: torn) == nil)
    }
}
