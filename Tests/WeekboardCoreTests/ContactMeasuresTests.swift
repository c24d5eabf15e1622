import Foundation
import Testing
@testable import WeekboardCore

@Suite("Contact measures: handled time, abandoned, calling again, and their normal")
struct ContactMeasuresTests {
    static func figure(total: Int, handled: Int?, known: Int?, again: Int?, abandoned: Int? = nil) -> WeeklyCount {
        var c = WeeklyCount(total: total, answered: abandoned.map { total - $0 }, abandoned: abandoned)
        c.handledMedian = handled
        c.identified = known
        c.callingAgain = again
        return c
    }

    @Test("a week's figure gives its measures; a total recorded by hand has none of them")
    func fromFigure() {
        let m = ContactMeasures(Self.figure(total: 200, handled: 370, known: 160, again: 50, abandoned: 8))
        #expect(m.handledSeconds == 370)
        #expect(m.abandonedPercent == 4)
        #expect(m.callingAgainPercent == 31.25)
        #expect(ContactMeasures(WeeklyCount(total: 5500)).isEmpty)
    }

    @Test("normal is the mean of the same week in earlier years, measure by measure, skipping weeks without it")
    func normal() {
        let week = ISOWeek(year: 2026, week: 48)!
        let figures: [String: WeeklyCount] = [
            "2025-W48": Self.figure(total: 100, handled: 400, known: 100, again: 40),
            "2024-W48": Self.figure(total: 100, handled: 420, known: 100, again: 30),
            // Recorded as a total: no measures, so it does not pull the normal to nought.
            "2023-W48": WeeklyCount(total: 100),
        ]
        let n = ContactMeasures.normal(week: week, years: 3) { figures[$0.id] }
        #expect(n.handledSeconds == 410)
        #expect(n.callingAgainPercent == 35)
        #expect(n.abandonedPercent == nil)
    }

    @Test("the weeknote puts the measures in a leader's words, with the normal where it is known")
    func sentences() {
        var row = ContactRow(
            service: "Repairs", count: 5500, baseline: Baseline(value: 3873, basis: .sameWeek(years: 3)),
            recent: [])
        row.measures = ContactMeasures(handledSeconds: 370, abandonedPercent: 4.1, callingAgainPercent: 31)
        row.measuresNormal = ContactMeasures(handledSeconds: 410, abandonedPercent: 5, callingAgainPercent: 35)
        #expect(
            ContactParagraphs.paragraphs([row]) == [
                "Repairs was contacted 5,500 times, 42% more than normal for this time of year (3,873 on average in "
                    + "the same week of the previous 3 years). 31% of contacts were from people calling again within "
                    + "a week (normally 35%). Conversations took a median of 6 min 10 s, 40 s shorter than normal. "
                    + "4.1% of contacts were abandoned before an answer (normally 5%)."
            ])
        // Near normal in volume, but imported one by one: the measures are still worth saying.
        var quiet = ContactRow(
            service: "Housing", count: 1600, baseline: Baseline(value: 1610, basis: .sameWeek(years: 3)), recent: [])
        quiet.measures = ContactMeasures(handledSeconds: 245)
        #expect(
            ContactParagraphs.paragraphs([quiet]) == [
                "Housing was contacted 1,600 times, close to normal. Conversations took a median of 4 min 5 s."
            ])
        // A total recorded by hand, near normal: nothing to say.
        let recorded = ContactRow(
            service: "Parking", count: 300, baseline: Baseline(value: 310, basis: .sameWeek(years: 1)), recent: [])
        #expect(ContactParagraphs.paragraphs([recorded]).isEmpty)
    }

    @Test("both readers take the measures and refuse impossible ones, naming the field")
    func reading() throws {
        let good = #"{"total":10,"handledMedian":300,"identified":8,"callingAgain":2}"#
        let viaCodable = try JSONDecoder().decode(WeeklyCount.self, from: Data(good.utf8))
        #expect(viaCodable.handledMedian == 300 && viaCodable.identified == 8 && viaCodable.callingAgain == 2)
        for bad in [
            #"{"total":10,"identified":8,"callingAgain":9}"#, #"{"total":10,"callingAgain":1}"#,
            #"{"total":10,"handledMedian":-1}"#,
        ] {
            #expect(throws: (any Error).self) { try JSONDecoder().decode(WeeklyCount.self, from: Data(bad.utf8)) }
        }
    }

    @Test("durations and percentages as a person says them")
    func words() {
        #expect(ContactMeasures.duration(45) == "45 s")
        #expect(ContactMeasures.duration(370) == "6 min 10 s")
        #expect(ContactMeasures.duration(600) == "10 min")
        #expect(ContactMeasures.duration(3720) == "1 h 2 min")
        #expect(ContactMeasures.percent(31.25) == "31.3%")
        #expect(ContactMeasures.percent(4) == "4%")
    }
}
