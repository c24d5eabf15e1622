import Foundation
import Testing
import WeekboardTestSupport

/// A person is shown by their name as first given (`Sam Patel`), kept in `people/<key>/person.json` by the
/// change that first gives them data; the folder's key (`sam-patel`) stays their identity.
@Suite("CLI: display names")
struct CLIDisplayNameTests {
    func profile(_ cli: CLIRunner, _ folder: String) -> String? {
        try? String(
            contentsOf: cli.store.appendingPathComponent("people/\(folder)/person.json"), encoding: .utf8)
    }

    /// Terminal cells: the CJK ideographs these tests use take two.
    func cells(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) ? 2 : 1) }
    }

    func people(_ cli: CLIRunner) throws {
        #expect(try cli.run("--person", "Zoë", "focus", "set", "Zoë's focus").code == 0)
        #expect(try cli.run("--person", "Sam  Patel", "goal", "set", "1", "Sam's goal").code == 0)
        #expect(try cli.run("--person", "李", "note", "add", "watch", "李's note").code == 0)
    }

    @Test("status, status --team, the weeknote, history and log show Zoë, Sam Patel and 李 as given")
    func shownAsGiven() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try people(cli)
        let status = try cli.run("--person", "sam-patel", "status", "--width", "160")
        #expect(status.out.split(separator: "\n").first?.hasSuffix(" · Sam Patel") == true, "\(status.out)")
        let team = try cli.run("status", "--team", "--person", "ZOË", "--width", "160").out
        #expect(team.split(separator: "\n").first?.hasSuffix(" · Zoë") == true, "\(team)")
        let rows = team.split(separator: "\n").dropFirst()
        #expect(rows.map { $0.prefix { $0 != " " } } == ["Sam", "Zoë", "李"], "\(team)")
        #expect(!team.contains("sam-patel") && !team.contains("zoë "), "\(team)")
        // Columns line up: the score starts in the same cell on every row, 李 being two cells wide.
        let starts = rows.map { row in cells(row[..<row.range(of: "/3")!.lowerBound]) }
        #expect(Set(starts).count == 1, "\(starts)\n\(team)")
        let md = try cli.run("export", "weeknote", "--person", "sam patel").out
        #expect(md.hasPrefix("# Weeknote 2026.48 — Sam Patel — w/c 23 November 2026\n"), "\(md)")
        let html = try cli.run("export", "weeknote", "--format", "html", "--person", "李").out
        #expect(html.contains("<h1>Weeknote 2026.48 — 李 — w/c 23 November 2026</h1>"), "\(html)")
        #expect(try cli.run("history", "--person", "ZOE\u{0308}").out.contains("HISTORY  Zoë · 52 weeks"))
        let log = try cli.run("log").out
        // alex (WEEKBOARD_PERSON) made their changes for them: the log says so, naming them as given.
        #expect(
            log.contains("  alex as Sam Patel (cli)  Goal 1 set") && log.contains("  alex as Zoë (cli)  Focus"),
            "\(log)")
        // --json keeps naming people by their folder, exactly as before.
        let json = try cli.statusJSON("--person", "Sam Patel")
        #expect(json["person"] as? String == "sam-patel" && json["displayName"] == nil)
        let members = (json["team"] as? [[String: Any]] ?? []).compactMap { $0["person"] as? String }
        #expect(members == ["sam-patel", "zoë", "李"])
    }

    @Test("the name lands on disk with the person's first change, in the same journalled commit")
    func onDisk() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("--person", "Sam  Patel", "focus", "set", "First").code == 0)
        #expect(profile(cli, "sam-patel") == "{\n  \"displayName\" : \"Sam Patel\",\n  \"schemaVersion\" : 1\n}\n")
        let log = try JSONSerialization.jsonObject(with: Data(try cli.run("log", "--json").out.utf8)) as? [String: Any]
        let first = (log?["changes"] as? [[String: Any]])?.first
        #expect(
            first?["written"] as? [String] == ["people/sam-patel/2026-W48.json", "people/sam-patel/person.json"],
            "\(String(describing: first))")
        // Later changes leave it alone.
        let before = profile(cli, "sam-patel")
        #expect(try cli.run("--person", "sam patel", "goal", "set", "2", "Next", "--week", "next").code == 0)
        #expect(profile(cli, "sam-patel") == before)
    }

    @Test("undoing a person's first change removes their name with it; redo puts both back")
    func undoRemovesIt() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let empty = cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") }
        #expect(try cli.run("--person", "Zoë", "focus", "set", "First").code == 0)
        #expect(try cli.run("--person", "zoë", "goal", "set", "1", "Second").code == 0)
        #expect(try cli.run("--person", "zoë", "undo").out.contains("Undid: Goal 1 set"))
        #expect(profile(cli, "zoë") != nil)
        #expect(try cli.run("--person", "zoë", "undo").out.contains("Undid: Focus"))
        #expect(profile(cli, "zoë") == nil)
        #expect(cli.snapshotFiles().filter { !$0.key.hasPrefix("journal/") && !$0.key.hasPrefix("index/") } == empty)
        #expect(try cli.run("--person", "zoë", "redo").code == 0)
        #expect(profile(cli, "zoë")?.contains("\"displayName\" : \"Zoë\"") == true)
        // Gone and given again: the next first change keeps the name as typed then.
        #expect(try cli.run("--person", "zoë", "undo").code == 0)
        #expect(try cli.run("--person", "ZOË", "focus", "set", "Again").code == 0)
        #expect(profile(cli, "zoë")?.contains("\"displayName\" : \"ZOË\"") == true)
    }

    @Test("two spellings of one person: the first is kept; person rename changes it on purpose")
    func twoSpellings() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("--person", "sam patel", "focus", "set", "Typed in lower case").code == 0)
        #expect(try cli.run("--person", "Sam Patel", "goal", "set", "1", "Typed properly").code == 0)
        #expect(try folders(cli) == ["sam-patel"])
        var team = try cli.run("status", "--team").out
        #expect(team.contains("\nsam patel ") && !team.contains("Sam Patel"), "\(team)")
        let renamed = try cli.run("person", "rename", "SAM-PATEL", "Sam Patel")
        #expect(renamed.code == 0 && renamed.out == "sam patel is now shown as Sam Patel.\n", "\(renamed.err)")
        team = try cli.run("status", "--team").out
        #expect(team.contains("\nSam Patel ") && !team.contains("sam patel"), "\(team)")
        #expect(try cli.run("--person", "sam patel", "export", "weeknote").out.contains(" — Sam Patel — "))
        // Another person's name, or a name that is not allowed, is refused and changes nothing.
        let before = cli.snapshotFiles()
        let other = try cli.run("person", "rename", "sam patel", "Samuel Patel")
        #expect(
            other.code == 2 && other.err.contains("'Samuel Patel' is another person (samuel-patel)"), "\(other.err)")
        let bad = try cli.run("person", "rename", "sam patel", "Sam\u{1B}[2JPatel")
        #expect(bad.code == 2 && bad.err.contains("letters or digits of any script") && !bad.err.contains("\u{1B}"))
        let nobody = try cli.run("person", "rename", "jo", "Jo")
        #expect(nobody.code == 2 && nobody.err.contains("no one called 'jo'"), "\(nobody.err)")
        #expect(try cli.run("--read-only", "person", "rename", "sam patel", "SAM PATEL").code == 1)
        #expect(cli.snapshotFiles() == before)
        // The rename is the person's change: their undo takes it back.
        #expect(try cli.run("--person", "Sam Patel", "undo").out.contains("Undid: Name: “sam patel” shown as"))
        #expect(profile(cli, "sam-patel")?.contains("\"displayName\" : \"sam patel\"") == true)
    }

    @Test("a store from before display names shows folders, and a damaged name file is an error naming it")
    func olderStoresAndDamage() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try people(cli)
        for folder in ["sam-patel", "zoë", "李"] {
            try FileManager.default.removeItem(at: cli.store.appendingPathComponent("people/\(folder)/person.json"))
        }
        let team = try cli.run("status", "--team").out
        #expect(team.contains("\nsam-patel ") && team.contains("\nzoë "), "\(team)")
        // Your own week, with no name kept, shows the name as you typed it.
        #expect(try cli.run("--person", "Sam Patel", "status", "--width", "160").out.contains(" · Sam Patel\n"))
        #expect(try cli.run("--person", "sam patel", "goal", "done", "1").code == 0)
        #expect(profile(cli, "sam-patel") == nil)
        let file = cli.store.appendingPathComponent("people/zoë/person.json")
        try #"{"displayName": "Zo\u001b[31më", "schemaVersion": 1}"#.write(to: file, atomically: true, encoding: .utf8)
        let r = try cli.run("status", "--team")
        #expect(r.code == 1 && r.err.contains("person.json") && r.err.contains("displayName"), "\(r.err)")
        #expect(!r.err.contains("\u{1B}") && !r.out.contains("\u{1B}"))
    }

    @Test("status --team shows the longest name whole when the line has room for it")
    func longestNameWhole() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let wide = String(repeating: "李", count: 32)
        let long = "Wolfeschlegelsteinhausenbergerdorff Hubert Blaine Zeus Apolloni"
        #expect(try cli.run("--person", wide, "focus", "set", "Wide").code == 0)
        #expect(try cli.run("--person", long, "focus", "set", "Long").code == 0)
        let team = try cli.run("status", "--team", "--width", "80").out
        #expect(team.contains("\n\(wide) ") && team.contains("\n\(long) "), "\(team)")
        for row in team.split(separator: "\n") { #expect(cells(row) <= 80, "\(row)") }
    }

    func folders(_ cli: CLIRunner) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.store.appendingPathComponent("people").path).sorted()
    }
}
