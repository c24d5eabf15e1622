import Foundation
import Testing
@testable import WeekboardCore

@Suite("Dashboard golden frames")
struct DashboardGoldenTests {
    func controller(readOnly: Bool = false) throws -> DashboardController {
        DashboardController(options: DashboardFixture.options(try DashboardFixture.makeStore(), readOnly: readOnly))
    }

    @Test func dashboardAt80x24() throws {
        let c = try controller()
        try DashboardFixture.expectGolden(c.render(width: 80, height: 24), "dashboard-80x24")
    }

    @Test func dashboardAt160x48() throws {
        let c = try controller()
        try DashboardFixture.expectGolden(c.render(width: 160, height: 48), "dashboard-160x48")
    }
}
