import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The contact centre's channel line: the selected service's contacts this week by channel.
@Suite("Dashboard: channels in the contact centre")
struct DashboardContactChannelsTests {
    let temp = TempStore("dash")
    /// The fixture store, with Repairs this week as a recorded phone total (5,000) beside 500 e-mails
    /// and 12 calls imported one by one (the calls covered by the phone total).
    func runtime() throws -> DashboardRuntime { try fixture().0 }

    func fixture() throws -> (DashboardRuntime, Store) {
        let store = try DashboardFixture.makeStore(in: temp)
        let week = DashboardFixture.week
        try store.transaction { tx in
            var contacts = try tx.read(StoreFiles.contacts(week))
            let sources = CountSources(recorded: [.phone: 5_000], imported: [.email: 500, .phone: 12])
            contacts.services["Repairs"] = WeeklyCount(total: 0).with(sources)
            try tx.write(StoreFiles.contacts(week), contacts)
        }
        return (DashboardFixture.runtime(store), store)
    }

    @Test func theServiceWithChannelsShowsThemUnderTheTable() throws {
        let c = try runtime()
        let frame = c.render(width: 80, height: 24)
        try DashboardFixture.expectGolden(frame, "contact-channels-80x24")
        #expect(frame.text.contains(" Repairs by channel: phone 5,000 recorded · email 500 "))
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "contact-channels-160x48")
    }

    @Test func choosingAServiceWithoutChannelsSaysSo() throws {
        let c = try runtime()
        for key: Key in [.tab, .tab, .char("j")] { _ = c.handle(key) }  // goals → board → contacts; second row
        #expect(c.state.focused == .contacts)
        let name = try #require(c.state.selectedService)
        #expect(name != "Repairs")
        #expect(c.render(width: 80, height: 24).text.contains(" \(name) by channel: none recorded this week"))
    }

    @Test func aWeekWithoutChannelsHasNoChannelLine() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        #expect(!c.render(width: 80, height: 24).text.contains("by channel"))
    }

    @Test func aOnAServiceByChannelAsksTheChannelThenRecordsIt() throws {
        let (c, store) = try fixture()
        for key: Key in [.tab, .tab, .char("a"), .enter] { _ = c.handle(key) }  // Repairs offered
        #expect(c.state.editing?.target == .callsChannel(service: "Repairs"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "contact-channel-prompt-80x24")
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "contact-channel-prompt-160x48")
        for key in Array("fax").map(Key.char) + [.enter] { _ = c.handle(key) }
        #expect(c.state.message?.text.hasPrefix("'fax' is not a channel") == true)
        for key in [.ctrl("u")] + Array("email").map(Key.char) + [.enter] { _ = c.handle(key) }
        #expect(c.state.editing?.target == .callsCount(service: "Repairs", channel: .email, steps: 3))
        #expect(c.state.editing?.editor.text == "500")
        for key in [.ctrl("u")] + Array("650").map(Key.char) + [.enter] { _ = c.handle(key) }
        #expect(c.state.editing == nil)
        let figure = try store.readContactWeek(DashboardFixture.week).services["Repairs"]
        #expect(figure?.channels == [.phone: 5_000, .email: 650])
        #expect(figure?.sources.covered == [.email: 500, .phone: 12])
        #expect(
            c.render(width: 80, height: 24).text.contains(
                " Repairs by channel: phone 5,000 recorded · email 650 recorded"))
    }
}
