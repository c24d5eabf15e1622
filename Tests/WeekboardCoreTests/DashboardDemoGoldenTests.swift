import Foundation
import Testing
@testable import WeekboardCore

/// The screen a new user first sees (`weekboard --demo`), on the demo store at a fixed date.
@Suite("Dashboard golden frames on the demo store")
struct DashboardDemoGoldenTests {
    func controller() throws -> DashboardController {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-demo-\(UUID().uuidString)")
        let store = Store(root: root)
        try store.create(name: DemoStore.storeName, now: DashboardFixture.now)
        try DemoStore.fill(store, person: "alex", today: DashboardFixture.today, now: DashboardFixture.now)
        return DashboardController(options: DashboardFixture.options(store))
    }

    @Test func demoAt80x24() throws {
        try DashboardFixture.expectGolden(try controller().render(width: 80, height: 24), "demo-80x24")
    }

    @Test func demoAt160x48() throws {
        try DashboardFixture.expectGolden(try controller().render(width: 160, height: 48), "demo-160x48")
    }
}
