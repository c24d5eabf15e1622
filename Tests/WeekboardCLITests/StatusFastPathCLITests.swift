import Foundation
import Testing
import WeekboardTestSupport

@testable import weekboard

/// Plain `status` is parsed by hand (`StatusFastPath`), everything else by swift-argument-parser.
/// Each command line here runs twice, as it is and with `WEEKBOARD_FULL_PARSER=1` (ArgumentParser
/// only): stdout's bytes, stderr and the exit code must be the same.
@Suite("CLI: status without ArgumentParser")
struct StatusFastPathCLITests {
    /// Command lines the fast path takes (`@` stands for the store's path).
    static let taken: [[String]] = [
        ["status"], ["status", "--json"], ["--store", "@", "status"], ["status", "--store", "@"],
        ["status", "--store=@", "--json"], ["--person", "sam", "status", "--json"], ["status", "--person=sam"],
        ["status", "--week", "last"], ["--week=2026-W40", "status", "--json"], ["--week", "47", "status"],
        ["status", "--width", "100"], ["status", "--width=40", "--plain"], ["--width", "0120", "status"],
        ["status", "--color", "always"], ["--color=never", "status"], ["status", "--plain", "--color", "always"],
        ["status", "--team"], ["status", "--show-complete", "--json"], ["--read-only", "status"],
        ["status", "--read-only", "--json"], ["--store", "status", "status"],
        // Errors the command itself gives (the same code says them on both paths).
        ["status", "--week", "nonsense"], ["status", "--week", "2026-W60", "--json"],
        ["status", "--store", "/nonexistent/wb-store"], ["status", "--person", "../x"],
    ]

    /// Command lines left to ArgumentParser: help, typos, bad values, repeats, anything unknown.
    static let left: [[String]] = [
        [], ["--help"], ["status", "--help"], ["status", "-h"], ["help", "status"], ["stauts"], ["status", "extra"],
        ["status", "status"], ["status", "--width", "20"], ["status", "--width", "abc"], ["status", "--width", "+80"],
        ["status", "--width=1001"], ["status", "--color", "blue"], ["status", "--color"], ["status", "--store"],
        ["status", "--store="], ["--store", "", "status"], ["status", "--json", "--json"],
        ["status", "--week", "last", "--week", "this"], ["status", "--jsn"], ["--json", "status"],
        ["--plain", "status"],
        ["status", "--week", "-1"], ["status", "--read-only=yes"], ["status", "--json=true"], ["status", "--"],
        ["status", "--theme", "light"], ["--version"], ["status", "--version"],
        ["status", "--generate-completion-script"],
    ]

    @Test("the fast path takes plain status lines and leaves every other line to ArgumentParser")
    func whichLinesAreTaken() {
        let store = URL(fileURLWithPath: "/tmp/wb")
        let resolved = { FastPathComparison.resolve($0, store) }
        for args in Self.taken { #expect(StatusFastPath.parse(resolved(args)) != nil, "\(args)") }
        for args in Self.left { #expect(StatusFastPath.parse(resolved(args)) == nil, "\(args)") }
        let r = StatusFastPath.parse(["--week", "last", "status", "--store=/s", "--width", "90", "--color", "never"])
        #expect(
            r == StatusFastPath.Request(store: "/s", week: "last", width: 90, color: .never))
    }

    @Test("output, errors and exit codes are byte for byte ArgumentParser's, on the demo and generated stores")
    func sameAsArgumentParser() throws {
        let demo = CLIRunner()
        defer { demo.cleanUp() }
        #expect(try demo.run("init", "--demo").code == 0)
        try FastPathComparison.compare(demo, Self.taken + Self.left)
        for size in ["week", "decade"] {
            let cli = CLIRunner()
            defer { cli.cleanUp() }
            #expect(try cli.run("generate", "--size", size).code == 0)
            try FastPathComparison.compare(cli, Self.taken.filter { !$0.contains("nonsense") && !$0.contains("../x") })
        }
    }

    @Test("help, typos and bad values still get ArgumentParser's answers")
    func helpAndErrors() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let help = try cli.run("status", "--help")
        #expect(help.code == 0 && help.out.contains("USAGE: weekboard status") && help.out.contains("--width <n>"))
        let typo = try cli.run("stauts")
        #expect(typo.code == 64 && typo.err.contains("Did you mean 'status'?"))
        let width = try cli.run("status", "--width", "20")
        #expect(width.code == 2 && width.err.contains("--width must be 40 to 1000, not 20"), "\(width)")
        let color = try cli.run("status", "--color", "blue")
        #expect(color.code == 64 && color.err.contains("blue"), "\(color)")
        let twice = try cli.run("status", "--json", "--jsn")
        #expect(twice.code == 64 && twice.err.contains("--jsn"), "\(twice)")
        let week = try cli.run("status", "--week", "nonsense")
        #expect(week.code == 2 && week.err.hasPrefix("weekboard: error:"), "\(week)")
        let empty = try cli.run("--store", "", "status")
        #expect(empty.code == 2 && empty.err.contains("--store is empty"), "\(empty)")
    }
}
