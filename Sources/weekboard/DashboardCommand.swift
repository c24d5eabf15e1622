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

/// `weekboard` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default). Prints 'status' when output is not a terminal."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: DashboardOptionsGroup

    func run() throws {
        try DashboardLauncher(options: DashboardRequest(global: global, options: options)).run()
    }
}
