import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The contact centre's measures line: the selected service's handled time, abandonment and calling
/// again, from a week with per-contact figures; a service recorded as a total says it has none.
@Suite("Dashboard: measures in the contact centre")
struct DashboardContactMeasuresTests {
    let temp = TempStore("dash")
    func runtime() throws -> DashboardRuntime {
        let store = try DashboardFixture.makeStore(in: temp)
        let week = DashboardFixture.week
        try store.transaction { tx in
            var contacts = try tx.read(StoreFiles.contacts(week))
            var parking = WeeklyCount(total: 16, answered: 15, abandoned: 1)
            parking.handledMedian = 370
            parking.identified = 16
            parking.callingAgain = 5
            contacts.services["Parking"] = parking
            try tx.write(StoreFiles.contacts(week), contacts)
            // The week before, shorter calls, none abandoned and fewer calling again.
            var before = try tx.read(StoreFiles.contacts(week.previous))
            var earlier = WeeklyCount(total: 16, answered: 16, abandoned: 0)
            earlier.handledMedian = 300
            earlier.identified = 16
            earlier.callingAgain = 2
            before.services["Parking"] = earlier
            try tx.write(StoreFiles.contacts(week.previous), before)
        }
        return DashboardFixture.runtime(store)
    }

    @Test func theFirstMeasuredServiceShowsUnderTheTableThenTheChosenOne() throws {
        let c = try runtime()
        #expect(
            c.render(width: 100, height: 30).text.contains(
                " Parking: median 6 min 10 s ▁█ · abandoned 6.3% ▁█ · calling again 31.3% ▁█"))
        for key: Key in [.tab, .tab, .char("j")] { _ = c.handle(key) }
        let name = try #require(c.state.selectedService)
        #expect(name != "Parking")
        #expect(c.render(width: 100, height: 30).text.contains(" \(name): recorded as a total: no handled time"))
    }

    @Test func aWeekWithoutMeasuresHasNoExtraLine() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        #expect(!c.render(width: 100, height: 30).text.contains("median"))
    }
}
