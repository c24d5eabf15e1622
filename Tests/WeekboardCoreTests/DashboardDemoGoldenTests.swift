import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

/// The screen a new user first sees (`weekboard --demo`), on the demo store at a fixed date.
@Suite("Dashboard golden frames on the demo store")
struct DashboardDemoGoldenTests {
    let temp = TempStore("demo")
    func runtime() throws -> DashboardRuntime {
        let store = temp.store()
        try store.create(name: DemoStore.storeName, now: DashboardFixture.now)
        try DemoStore.fill(
            store, person: "alex", today: DashboardFixture.today, now: DashboardFixture.now,
            source: .init(person: "alex", origin: "test"))
        return DashboardFixture.runtime(store)
    }

    @Test func demoAt80x24() throws {
        try DashboardFixture.expectGolden(try runtime().render(width: 80, height: 24), "demo-80x24")
    }

    @Test func demoAt160x48() throws {
        try DashboardFixture.expectGolden(try runtime().render(width: 160, height: 48), "demo-160x48")
    }
}

/// The `w`, `o` and `h` screens on the demo store.
extension DashboardDemoGoldenTests {
    @Test func weeknotePreviewAt80x24() throws {
        let c = try runtime()
        _ = c.handle(.char("w"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "demo-weeknote-80x24")
        for key: Key in [.end, .char("s")] { _ = c.handle(key) }
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "demo-weeknote-save-80x24")
    }

    @Test func okrBoardAt80x24And160x48() throws {
        let c = try runtime()
        for key: Key in [.char("o"), .tab] { _ = c.handle(key) }
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "demo-okrs-80x24")
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "demo-okrs-160x48")
    }

    @Test func historyAt80x24() throws {
        let c = try runtime()
        _ = c.handle(.char("h"))
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "demo-history-80x24")
    }
}

/// `H` on the board: the selected programme's highlight report.
extension DashboardDemoGoldenTests {
    @Test func highlightReportAt80x24() throws {
        let c = try runtime()
        for key: Key in [.tab, .char("H")] { _ = c.handle(key) }
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "demo-highlight-80x24")
    }
}
