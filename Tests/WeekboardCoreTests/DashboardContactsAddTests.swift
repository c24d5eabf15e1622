import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite("Dashboard: recording a count in the contact centre")
struct DashboardContactsAddTests {
    let temp = TempStore("dash")
    @Test("a offers the selected service, then its count; Enter records it as calls record does")
    func record() throws {
        var s = try DashboardFixture.state()
        s.focused = .contacts
        var (n, effects) = DashboardFixture.press(s, [.char("a")])
        #expect(n.editing?.target == .callsService)
        #expect(n.editing?.editor.text == s.service?.service)
        (n, effects) = DashboardFixture.press(n, [.ctrl("u")] + Array("Parking").map(Key.char) + [.enter])
        #expect(n.editing?.target == .callsCount(service: "Parking"))
        (n, effects) = DashboardFixture.press(n, Array("lots").map(Key.char) + [.enter])
        #expect(effects.isEmpty && n.message?.kind == .error)
        (n, effects) = DashboardFixture.press(n, [.ctrl("u")] + Array("1,250").map(Key.char) + [.enter])
        #expect(
            effects.map(\.forgettingEdit) == [
                .perform(
                    .contacts(.recordCalls(service: "Parking", count: 1250, channel: nil)), week: DashboardFixture.week)
            ])
    }

    @Test("the count prompt at 80×24 and 160×48")
    func golden() throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp))
        _ = c.handle(.backTab)
        _ = c.handle(.backTab)
        _ = c.handle(.backTab)
        _ = c.handle(.char("a"))
        _ = c.handle(.enter)
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "contacts-record-80x24")
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "contacts-record-160x48")
    }
}
