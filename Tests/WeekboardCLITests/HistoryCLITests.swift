import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: history")
struct HistoryCLITests {
    @Test("shows the strip, legend, streak, year so far and contacts")
    func demo() throws {
        let cli = CLIRunner(person: "me")
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let r = try cli.run("history")
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "HISTORY  me · 52 weeks to 2026.48")
        #expect(lines[1].hasSuffix("●●◐●◐◐●●◐"))
        #expect(lines[3] == "  ● all met  ◐ some  ○ none  · no goals")
        #expect(r.out.contains("2 positive weeks in a row. Positive weeks in 2026: 5 of 47 (11%)."))
        #expect(r.out.contains("90% through the year."))
        #expect(r.out.contains("  Repairs  5,500 this week · normal 3,750\n  contacts "))

        let plain = try cli.run("history", "--plain", "--weeks", "12")
        #expect(plain.code == 0)
        #expect(plain.out.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(plain.out.contains("\n  ...XX%X%%XX%\n"))
    }

    @Test("bad --weeks is refused")
    func badWeeks() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        _ = try cli.run("init", "--demo")
        for n in ["0", "105", "x"] {
            let r = try cli.run("history", "--weeks", n)
            #expect(r.code != 0)
            #expect(!r.err.isEmpty)
        }
    }
}
