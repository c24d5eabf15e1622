import Testing
@testable import WeekboardCore

@Suite("Forecast: next week's contacts, its range and its track record")
struct ForecastTests {
    /// A service whose weeks have the same shape every year and double each year: the method must
    /// find next week exactly, and every past forecast must have been right.
    @Test("a seasonal series that doubles each year is forecast exactly, with no error and no range")
    func seasonalKnownAnswer() throws {
        func count(_ w: ISOWeek) -> Int? {
            guard (2024...2026).contains(w.year), !(w.year == 2026 && w.week > 30) else { return nil }
            let growth = 1 << (w.year - 2024)
            return growth * (1000 + 100 * (w.week % 5))
        }
        let f = try #require(Forecast.next(after: ISOWeek(year: 2026, week: 30)!, count: count))
        #expect(f.week.id == "2026-W31")
        #expect(f.count == 4400)
        #expect(f.low == 4400 && f.high == 4400)
        #expect(f.seasonal)
        #expect(f.meanError == 0)
        #expect(f.trackWeeks == 12)
        #expect(f.sentence == "expected next week 4,400 (4,400–4,400); off by 0% on average over 12 weeks")
    }

    @Test("without an earlier year the recent level is the forecast, with a wide range until it has a record")
    func recentLevelOnly() throws {
        let counts = ["2026-W27": 100, "2026-W28": 200, "2026-W29": 300, "2026-W30": 400]
        let f = try #require(Forecast.next(after: ISOWeek(year: 2026, week: 30)!) { counts[$0.id] })
        #expect(f.count == 250)
        #expect(!f.seasonal)
        #expect(f.low == 188 && f.high == 313)
        #expect(f.trackWeeks == 3)
        #expect(f.meanError == nil)
        #expect(f.sentence.hasSuffix("too few past weeks to say how far to trust it"))
    }

    @Test("the range holds four in five of the past errors")
    func rangeFromTrack() throws {
        // A flat level of 1,000 with one week in five at 1,500: past forecasts were off by 0% or more.
        func count(_ w: ISOWeek) -> Int? {
            guard w.year == 2026, w.week <= 30 else { return nil }
            return w.week % 5 == 0 ? 1500 : 1000
        }
        let f = try #require(Forecast.next(after: ISOWeek(year: 2026, week: 30)!, count: count))
        #expect(!f.seasonal)
        #expect(f.trackWeeks == 12)
        let mean = try #require(f.meanError)
        #expect(mean > 0.05 && mean < 0.2)
        #expect(f.low < f.count && f.count < f.high)
    }

    @Test("no recent figures: no forecast")
    func nothing() {
        #expect(Forecast.next(after: ISOWeek(year: 2026, week: 30)!) { _ in nil } == nil)
    }
}
