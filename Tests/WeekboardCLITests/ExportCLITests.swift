import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: export weeknote")
struct ExportCLITests {
    let temp = TempStore("out")
    func demo() throws -> CLIRunner {
        let cli = CLIRunner()
        let r = try cli.run("init", "--demo")
        #expect(r.code == 0, "init --demo failed: \(r.err)")
        return cli
    }

    @Test("prints the weeknote to stdout")
    func toStdout() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let r = try cli.run("export", "weeknote")
        #expect(r.code == 0, "\(r.err)")
        #expect(
            r.out.hasPrefix(
                """
                # Weeknote 2026.48 — alex — w/c 23 November 2026\n\n## Focus\n\n\
                Get the repairs backlog under control \
                before winter\n
                """
            ))
        #expect(r.out.contains("We met 1 of 3 goals. Before this week we had two positive weeks in a row."))
        #expect(r.out.contains("- Repairs call-back promise moved from Amber to Green: "))
        #expect(r.out.contains("Repairs was contacted 5,500 times, 47% more than normal for this time of year"))
        let last = try cli.run("export", "weeknote", "--week", "last")
        #expect(last.out.hasPrefix("# Weeknote 2026.47 — alex — w/c 16 November 2026\n"))
        #expect(last.out.contains("We met all three goals. Two positive weeks in a row."))
    }

    @Test("--out writes the file, then refuses to overwrite it without --force")
    func toFile() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let dir = try temp.directory("out")
        let file = dir.appendingPathComponent("weeknote.md")
        let stdout = try cli.run("export", "weeknote").out
        let r = try cli.run("export", "weeknote", "--out", file.path)
        #expect(r.code == 0, "\(r.err)")
        #expect(try String(contentsOf: file, encoding: .utf8) == stdout)

        try Data("my edits\n".utf8).write(to: file)
        let again = try cli.run("export", "weeknote", "--out", file.path)
        #expect(again.code != 0)
        #expect(again.err.contains("already exists; use --force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "my edits\n")

        let forced = try cli.run("export", "weeknote", "--out", file.path, "--force")
        #expect(forced.code == 0, "\(forced.err)")
        #expect(try String(contentsOf: file, encoding: .utf8) == stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["weeknote.md"])
    }

    @Test("a missing store or a bad week is an error on stderr")
    func errors() throws {
        var cli = CLIRunner()
        cli.createsStore = false
        defer { cli.cleanUp() }
        let none = try cli.run("export", "weeknote")
        #expect(none.code != 0)
        #expect(none.err.contains("no store at"))
        #expect(none.out.isEmpty)
        _ = try cli.run("init", "--demo")
        let bad = try cli.run("export", "weeknote", "--week", "2026-W60")
        #expect(bad.code != 0)
        #expect(bad.err.contains("invalid week"))
    }
}
