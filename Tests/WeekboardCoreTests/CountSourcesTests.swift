import Foundation
import Testing
@testable import WeekboardCore

/// How recorded totals and imported contacts make one week's figure (`CountSources`).
@Suite("Contact figures: recorded totals and imported contacts")
struct CountSourcesTests {
    func imported(_ channels: [Channel: Int]) -> WeeklyCount {
        var count = WeeklyCount(total: channels.values.reduce(0, +), channels: channels)
        count.imported = channels
        return count
    }

    @Test("a recorded channel covers that channel's imported contacts; the others add")
    func recordedOverImported() throws {
        let base = imported([.phone: 10, .email: 25])
        let next = try WeeklyCount.recording(120, channel: .phone, over: base, service: "Repairs", what: "week 48")
        #expect(next.total == 145)
        #expect(next.channels == [.phone: 120, .email: 25])
        #expect(next.sources.covered == [.phone: 10])
        let whole = try WeeklyCount.recording(300, channel: nil, over: base, service: "Repairs", what: "week 48")
        #expect((whole.total, whole.channels, whole.sources.covered) == (300, nil, [.phone: 10, .email: 25]))
        // Round trip through the file format keeps the parts apart.
        let data = try JSONCoding.encode(next)
        #expect(try JSONCoding.decode(WeeklyCount.self, from: data, file: "w.json").sources == next.sources)
    }

    @Test("merging two services keeps every contact and the total their sum")
    func merging() throws {
        let a = try WeeklyCount.recording(
            120, channel: .phone, over: imported([.email: 5]), service: "Repairs", what: "week 48")
        let b = imported([.phone: 3, .web: 2])
        let sum = a.adding(b)
        #expect(sum.total == a.total + b.total)
        #expect(sum.channels == [.phone: 123, .email: 5, .web: 2])
        #expect(sum.sources.imported == [.email: 5, .phone: 3, .web: 2])
        #expect(sum.adding(WeeklyCount(total: 7)).channels == nil)
        #expect(sum.adding(WeeklyCount(total: 7)).total == 137)
    }

    @Test("channels that do not match the recorded and imported counts are a malformed file")
    func mismatchRefused() {
        let json = #"{"total": 30, "channels": {"phone": 30}, "imported": {"phone": 10}, "recorded": {"email": 5}}"#
        #expect(throws: StoreError.self) {
            try JSONCoding.decode(WeeklyCount.self, from: Data(json.utf8), file: "w.json")
        }
    }
}
