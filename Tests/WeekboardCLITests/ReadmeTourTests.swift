import Foundation
import Testing
import WeekboardTestSupport

/// README's "A short tour", read from README.md and walked command by command on the demo store, as a
/// newcomer would type it (issue 24): every step works and says what it should.
@Suite("README: the short tour, walked")
struct ReadmeTourTests {
    /// The tour's commands: the `sh` block under "## A short tour", continuation lines joined.
    static func tour() throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## A short tour").dropFirst().first)
        let block = try #require(
            section.components(separatedBy: "```sh\n").dropFirst().first?
                .components(separatedBy: "```").first)
        var commands: [String] = []
        var pending = ""
        for line in block.split(separator: "\n") {
            let joined = pending + line.trimmingCharacters(in: .whitespaces)
            if joined.hasSuffix("\\") {
                pending = String(joined.dropLast())
                continue
            }
            pending = ""
            commands.append(joined)
        }
        return commands
    }

    /// Words as a shell splits them here: double quotes group, `#` after a space starts a comment.
    static func words(_ line: String) -> [String] {
        var out: [String] = [], word = "", quoted = false, inWord = false
        for c in line {
            if c == "\"" {
                quoted.toggle()
                inWord = true
            } else if c == " " && !quoted {
                if inWord { out.append(word) }
                word = ""
                inWord = false
            } else if c == "#" && !quoted && !inWord {
                break
            } else {
                word.append(c)
                inWord = true
            }
        }
        if inWord { out.append(word) }
        return out
    }

    /// What each step must say (stdout), by the words it starts with; each is checked in order.
    static let says: [(String, String)] = [
        ("init --demo", "Demo store ready at"),
        ("status --team", "alex    ✓◐○  1/3"),
        ("status", "GOALS  met 1 of 3"),
        ("focus set", "Focus for 2026-W48 set."),
        ("goal set 1", "Goal 1 unchanged."),
        ("goal done 1", "Goal 1 done."),
        ("goal edit 1", "Goal 1 reworded (still done)."),
        ("goal move 1 3", "Goal 1 moved to 3; goal 3 moved to 1."),
        ("goal carry --from-notes", "No “next week” notes in 2026-W47"),
        ("goal carry", "Nothing to carry from 2026-W47."),
        ("note add watch", "Added to ones to watch."),
        ("note list", "   3  Damp and mould survey backlog\n"),
        ("project add", "Added Kitchen replacements (Amber) to Technical Services 12 Point Plan."),
        ("project status \"Kitchen", "Kitchen replacements moved from Amber to Green."),
        ("project status kitchen amber --done", "Kitchen replacements stays Amber."),
        ("project status kitchen", "now says Amber: Contractor back on site."),
        ("project edit kitchen --owner", "Kitchen replacements: owner, due date changed."),
        ("project edit kitchen --time", "time, cost, tolerance changed; forecast outside tolerance: cost."),
        ("risk add", "Risk 1 on Kitchen replacements: Supplier may miss delivery (score 12)."),
        ("issue add", "Issue 1 on Kitchen replacements: Asbestos found in block C (severity 4)."),
        ("decision add", "Decision 1 on Kitchen replacements asked: Extend the contract by three months?"),
        ("action add", "Action 1 on Kitchen replacements: Write to residents of block C (Sam)."),
        ("risk list --json", "\"title\" : \"Supplier may miss delivery\""),
        ("board meeting", "Board meeting, 24 November 2026: Technical Services 12 Point Plan"),
        ("project rename", "Renamed Kitchen replacements to Kitchens."),
        ("project archive", "Archived Kitchens: off the board"),
        ("programme rename", "Renamed the programme Technical Services 12 Point Plan to Repairs Plan (13 projects)."),
        ("project list", "Repairs Plan  ■ R Off track\n"),
        ("calls record", "Repairs (phone): 3,410 contacts recorded for week 48"),
        ("calls rename", "Renamed the service Adult Social Care to Adult Care"),
        ("calls remove", "Removed Repairs' figure for 2026-W47"),
        ("calls list", "    phone 2,363, web 915, email 381, in-person 153"),
        ("calls import export.csv", "Dry run: nothing was written."),
        ("calls import --explain", "Read as: weekboard CSV, weekly totals"),
        ("export weeknote", "Weeknote for 2026.48 written to"),
        ("export highlight --format html", "Highlight report for 10 November 2026 to 24 November 2026 written to"),
        ("export highlight --programme", "## Repairs Plan\n"),
        ("okr list", "OKRS  2 objectives"),
        ("history", "HISTORY  alex · 52 weeks to 2026.48"),
        ("log --project", "alex (cli)  Renamed Kitchen replacements to Kitchens"),
        ("undo", "Undid: Removed Repairs' figure for 2026-W47"),
        ("redo", "Redid: Removed Repairs' figure for 2026-W47"),
        ("", "FOCUS  Get the repairs backlog under control\n"),
    ]

    @Test("every command of the tour, in order, on the demo store")
    func walk() throws {
        var cli = CLIRunner()
        let folder = cli.store.deletingLastPathComponent().appendingPathComponent(
            cli.store.lastPathComponent + "-tour")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        cli.directory = folder
        try "week,service,channel,count\n2026-W48,Repairs,email,30\n".write(
            to: folder.appendingPathComponent("export.csv"), atomically: true, encoding: .utf8)
        let commands = try Self.tour()
        #expect(commands.count == Self.says.count, "\(commands)")
        for line in commands {
            let words = Self.words(line)
            #expect(words.first == "weekboard", "\(line)")
            let args = Array(words.dropFirst())
            let typed = line.dropFirst("weekboard".count).trimmingCharacters(in: .whitespaces)
            let r = try cli.run(args)
            #expect(r.code == 0, "\(line): \(r.err)")
            guard let said = Self.says.first(where: { typed.hasPrefix($0.0) })?.1 else {
                Issue.record("no expectation for: \(line)")
                continue
            }
            #expect(r.out.contains(said), "\(line) said:\n\(r.out)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("board.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("weeknote.md").path))
    }

    @Test("export highlight names a programme left with only archived projects, rather than 'no programme'")
    func archivedProgramme() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        try cli.run("project", "add", "Kitchens", "--programme", "12 Point Plan")
        try cli.run("project", "archive", "Kitchens")
        try cli.run("programme", "rename", "12 Point Plan", "Repairs Plan")
        let r = try cli.run("export", "highlight", "--programme", "Repairs Plan")
        #expect(r.code == 2, "\(r.out)")
        #expect(r.err.contains("the programme 'Repairs Plan' has only archived projects (1)"), "\(r.err)")
    }
}
