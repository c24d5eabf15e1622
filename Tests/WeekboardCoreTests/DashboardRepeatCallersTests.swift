import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The contact centre's repeat-caller line, from a week with per-contact figures on disk.
@Suite("Dashboard: repeat callers in the contact centre")
struct DashboardRepeatCallersTests {
    let temp = TempStore("dash")
    /// The fixture store plus Parking, imported one row per contact this week: callers with
    /// 6, 4, 3 and 1 contacts and two withheld (16 contacts).
    func runtime() throws -> DashboardRuntime {
        let store = try DashboardFixture.makeStore(in: temp)
        let week = DashboardFixture.week
        try store.transaction { tx in
            var contacts = try tx.read(StoreFiles.contacts(week))
            contacts.services["Parking"] = WeeklyCount(total: 16)
            try tx.write(StoreFiles.contacts(week), contacts)
            var callers = CallerWeek(week: week)
            callers.services["Parking"] = CallerService(
                callers: ["a3f09c11": 6, "19be4022": 4, "7d2c1133": 3, "0b0b0b44": 1], withheld: 2,
                contacts: (0..<16).map { String(format: "%064x", $0) })
            try tx.write(StoreFiles.callers(week), callers)
        }
        return DashboardFixture.runtime(store)
    }

    @Test func theFirstServiceWithFiguresShowsUnderTheTableAt80x24() throws {
        let c = try runtime()
        let frame = c.render(width: 80, height: 24)
        try DashboardFixture.expectGolden(frame, "repeat-callers-80x24")
        #expect(
            frame.text.contains(" Parking: 3 repeat callers made 81% of 16 contacts: a3f09c ×6, 19be40 ×4, 7d2c…"))
    }

    @Test func choosingAServiceShowsItsLineOrSaysItHasNoFigures() throws {
        let c = try runtime()
        for key: Key in [.tab, .tab, .char("j")] { _ = c.handle(key) }  // goals → board → contacts; second row
        #expect(c.state.focused == .contacts)
        let name = try #require(c.state.selectedService)
        #expect(name != "Parking")
        #expect(
            c.render(width: 80, height: 24).text.contains(
                " \(name): no per-contact import this week, so no repeat-caller figures"))
    }

    @Test func aWeekWithoutPerContactFiguresHasNoExtraLine() throws {
        let store = try DashboardFixture.makeStore(in: temp)
        let c = DashboardFixture.runtime(store)
        #expect(c.state.snapshot?.repeatCallers.isEmpty == true)
        #expect(!c.render(width: 80, height: 24).text.contains("repeat"))
    }
}
