import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// `f` on the contact centre: the callers calling too often, and their follow-ups set with single keys.
@Suite("Dashboard: following up the people who call too often")
struct DashboardFollowUpsTests {
    let temp = TempStore("dash")
    static let token = "a3f09c11" + String(repeating: "0", count: 56)

    /// The fixture store plus one caller who contacted Parking four times in four days.
    func store() throws -> Store {
        let store = try DashboardFixture.makeStore(in: temp)
        let week = DashboardFixture.week
        try store.transaction { tx in
            var callers = CallerWeek(week: week)
            let days = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]
            callers.services["Parking"] = CallerService(
                callers: [Self.token: 4], contacts: (0..<4).map { String(format: "%064x", $0) },
                visits: days.enumerated().map { i, d in
                    String(format: "%064x", i) + " \(d)T09:00:00 \(Self.token) cxone:\(1000 + i)"
                })
            try tx.write(StoreFiles.callers(week), callers)
        }
        return store
    }

    @Test func fOpensTheListAndDMarksTheSelectedCallerDone() throws {
        let store = try store()
        let c = DashboardFixture.runtime(store)
        for key: Key in [.tab, .tab] { _ = c.handle(key) }
        #expect(c.state.focused == .contacts)
        _ = c.handle(.char("f"))
        let text = c.render(width: 100, height: 30).text
        #expect(text.contains("a3f09c11  Parking  4 in a week, 4 in all, last 26 Nov 2026  to do"))
        #expect(text.contains("In the source system: cxone:1000 cxone:1001 cxone:1002 cxone:1003"))
        _ = c.handle(.char("d"))
        #expect(try store.read(StoreFiles.followUps).entries.map(\.state) == [.done])
        #expect(c.render(width: 100, height: 30).text.contains("last 26 Nov 2026  done"))
        // An ordinary change: undo takes it back.
        _ = c.handle(.escape)
        _ = c.handle(.char("u"))
        #expect(try store.read(StoreFiles.followUps).entries.isEmpty)
    }

    @Test func aViewerSeesHowManyNeverWho() throws {
        let c = DashboardFixture.runtime(try store(), readOnly: true)
        for key: Key in [.tab, .tab, .char("f")] { _ = c.handle(key) }
        let text = c.render(width: 100, height: 30).text
        #expect(text.contains("1 caller calling too often, 1 still to follow up."))
        #expect(!text.contains("a3f09c11"))
        _ = c.handle(.char("d"))
        #expect(c.state.followUps?.callers.first?.followUp == nil)
    }
}
