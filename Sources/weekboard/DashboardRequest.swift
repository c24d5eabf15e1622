import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore
import WeekboardDemo
import WeekboardTUI

/// What the command line asked the dashboard for, from ArgumentParser (`DashboardCommand`) or read by
/// hand (`DashboardFastPath`).
struct DashboardRequest: Equatable {
    var store: String?
    var person: String?
    var readOnly = false
    var demo = false
    var theme: String?
    var mouse = false
    var week: String?
    /// `weekboard board meeting`: open on a board meeting for these programmes (empty: every active one).
    var meeting: [String]?
}

extension DashboardRequest {
    init(global: GlobalOptions, options: DashboardOptionsGroup) {
        self.init(
            store: global.store, person: global.person, readOnly: global.readOnly, demo: options.demo,
            theme: options.theme, mouse: options.mouse, week: options.weekOption.week)
    }
}
