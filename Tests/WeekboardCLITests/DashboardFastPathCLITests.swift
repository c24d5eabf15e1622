import Foundation
import Testing
import WeekboardTestSupport

@testable import weekboard

/// A plain dashboard command line is parsed by hand (`DashboardFastPath`), everything else by
/// swift-argument-parser. Each line runs twice, as it is and with `WEEKBOARD_FULL_PARSER=1`: outside a
/// terminal the dashboard prints the status, so stdout's bytes, stderr and the exit code must match;
/// in tmux the screens must match.
@Suite("CLI: the dashboard without ArgumentParser", .serialized)
struct DashboardFastPathCLITests {
    /// Command lines the fast path takes (`@` stands for the store's path).
    static let taken: [[String]] = [
        [], ["dashboard"], ["--store", "@"], ["--store=@"], ["dashboard", "--store", "@"], ["--person", "sam"],
        ["--person=sam", "--read-only"], ["--week", "last"], ["--week=2026-W40"], ["dashboard", "--week", "47"],
        ["--theme", "light"], ["--theme=monochrome", "--mouse"], ["--no-mouse"], ["--read-only"],
        ["--demo"], ["--demo", "--week", "last", "--person", "sam"], ["--store", "dashboard", "--read-only"],
        // Errors the launcher itself gives (the same code says them on both paths).
        ["--week", "nonsense"], ["--week", "2026-W60"], ["--store", "/nonexistent/wb-store"], ["--person", "../x"],
    ]

    /// Command lines left to ArgumentParser: help, typos, repeats, bad values, other commands.
    static let left: [[String]] = [
        ["--help"], ["-h"], ["dashboard", "--help"], ["--version"], ["help"], ["help", "dashboard"], ["dashbord"],
        ["dashboard", "dashboard"], ["--store"], ["--store="], ["--store", ""], ["--week", "-1"],
        ["--week", "last", "--week", "this"], ["--mouse", "--no-mouse"], ["--mouse", "--mouse"], ["--demo=yes"],
        ["--read-only=1"], ["--color", "never"], ["--width", "100"], ["--json"], ["--mouse", "dashboard"],
        ["--", "--demo"], ["status"], ["--store", "@", "status"], ["--generate-completion-script"], ["-x"],
    ]

    @Test("the fast path takes plain dashboard lines and leaves every other line to ArgumentParser")
    func whichLinesAreTaken() {
        let store = URL(fileURLWithPath: "/tmp/wb")
        let resolved = { FastPathComparison.resolve($0, store) }
        for args in Self.taken { #expect(DashboardFastPath.parse(resolved(args)) != nil, "\(args)") }
        for args in Self.left { #expect(DashboardFastPath.parse(resolved(args)) == nil, "\(args)") }
        let r = DashboardFastPath.parse(["dashboard", "--week=last", "--store", "/s", "--theme", "light", "--no-mouse"])
        #expect(r == DashboardRequest(store: "/s", theme: "light", mouse: false, week: "last"))
        #expect(
            DashboardFastPath.parse(["--mouse", "--demo", "--read-only", "--person", "sam"])
                == DashboardRequest(person: "sam", readOnly: true, demo: true, mouse: true))
    }

    @Test("outside a terminal: output, errors and exit codes are ArgumentParser's, on the demo and generated stores")
    func sameAsArgumentParser() throws {
        let demo = CLIRunner()
        defer { demo.cleanUp() }
        #expect(try demo.run("init", "--demo").code == 0)
        try FastPathComparison.compare(demo, Self.taken + Self.left)
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("generate", "--size", "week").code == 0)
        try FastPathComparison.compare(cli, Self.taken.filter { !$0.contains("nonsense") && !$0.contains("../x") })
    }

    @Test(
        "in a terminal: the same screen with either parser (store, person, week, theme, read-only, demo)",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func sameScreen() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let lines = [
            "--store '\(cli.store.path)' --week last --theme monochrome --read-only", "dashboard --person sam",
            "--demo --week=2026-W47",
        ]
        for line in lines {
            var screens: [String] = []
            for full in [false, true] {
                let tmux = try TmuxSession(width: 100, height: 30, env: cli.env)
                let prefix = full ? "WEEKBOARD_FULL_PARSER=1 " : ""
                try tmux.run("\(prefix)'\(CLIRunner.binary.path)' \(line)")
                _ = try tmux.waitFor("Week 2026.4")
                // The first frame, then the screen once the loop has settled.
                Thread.sleep(forTimeInterval: 0.3)
                screens.append(try tmux.screen(escapes: true))
                try tmux.keys("q")
                let deadline = Date().addingTimeInterval(10)
                while try tmux.programRunning(), Date() < deadline { usleep(50_000) }
            }
            #expect(screens[0] == screens[1], "the screens differ for \(line)")
        }
    }
}
