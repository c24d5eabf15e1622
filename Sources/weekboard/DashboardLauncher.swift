import ArgumentParser
import Foundation
import WeekboardCore

/// Options of the bare `weekboard` command, which opens the dashboard.
struct DashboardOptionsGroup: ParsableArguments {
    @Flag(help: "Open the dashboard on a throwaway demo store (your own store is never touched).")
    var demo = false

    @Flag(name: .customLong("read-only"), help: "Change nothing (also $WEEKBOARD_READ_ONLY=1, or when the store is not writable).")
    var readOnly = false

    @Option(help: ArgumentHelp("A theme name (default, light, high-contrast, monochrome, colour-blind) or a theme file.", valueName: "name|path"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.")
    var noMouse = false

    @OptionGroup var weekOption: WeekOption
}

/// Decides between the full-screen dashboard and the plain summary, and sets up the store.
struct DashboardLauncher {
    let global: GlobalOptions
    let options: DashboardOptionsGroup

    func run() throws {
        var demoRoot: URL?
        if options.demo {
            demoRoot = FileManager.default.temporaryDirectory.appendingPathComponent("weekboard-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        }
        defer { if let demoRoot { try? FileManager.default.removeItem(at: demoRoot) } }
        let e = try CommandEnvironment(global, storeOverride: demoRoot)
        if demoRoot != nil { try DemoStore.fill(e.store, person: e.person, today: e.today, now: e.now) }
        try e.requireStore()
        let week = try e.week(options.weekOption)
        // Not a terminal (a pipe, cron, ssh without -t): print the summary instead.
        let snapshot = try WeekSnapshot.load(store: e.store, person: e.person, week: week, today: e.today, baselineYears: e.config.years)
        let text = StatusText(snapshot, labelStyle: e.config.labelStyle, unicode: ANSI.localeIsUTF8(e.env))
        print(text.lines.map { ANSI.render($0, color: false) }.joined(separator: "\n"))
    }
}
