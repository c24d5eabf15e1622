import Foundation
import Testing
import WeekboardTestSupport

/// Every command that changes the store takes `--week` where a week means something: a person's
/// week, a week's contact figures, or the day a board change is dated.
@Suite("CLI: --week on the commands that change the store")
struct CLIWeekOptionTests {
    /// Each command that changes the store, and whether it takes --week (and why not).
    static let writers: [(command: String, week: Bool)] = [
        ("focus set", true), ("goal set", true), ("goal edit", true), ("goal done", true), ("goal nearly", true),
        ("goal open", true),
        ("goal drop", true), ("goal clear", true), ("goal move", true), ("goal carry", true),
        ("note add", true), ("note edit", true), ("note remove", true),
        // Board changes are dated: --week back-dates them to a day in that week.
        ("project add", true), ("project status", true), ("project archive", true), ("programme archive", true),
        ("calls record", true), ("calls remove", true),
        // Undated: they correct names and fields, not what happened in a week.
        ("project edit", false), ("project rename", false), ("project restore", false), ("project remove", false),
        ("programme rename", false), ("person rename", false),
        // The RAID log is dated today, never back-dated: items stay numbered in the order they were raised.
        ("risk add", false), ("risk edit", false), ("risk close", false), ("issue add", false), ("issue edit", false),
        ("issue close", false), ("decision add", false), ("decision decide", false), ("action add", false),
        ("action done", false),
        // Every week at once, or the file's own dates.
        ("calls rename", false), ("calls import", false), ("calls rotate-key", false), ("calls followup", false),
        // The OKRs, access and the store itself belong to no week.
        ("okr add-objective", false), ("okr add-kr", false), ("okr update", false),
        ("access add", false), ("access remove", false), ("access role", false), ("access sync", false),
        ("init", false), ("repair", false), ("undo", false), ("redo", false),
        // A sync conflict is about a field, whatever its week.
        ("sync resolve", false),
        // Sync brings in what others changed, in whatever weeks; it has no week of its own.
        ("sync now", false), ("sync init", false),
    ]
    /// Commands that only read (or write outside the store: export --out, gate runs another command).
    static let readers: Set<String> = [
        "dashboard", "status", "note list", "project list", "calls list", "okr list", "access list",
        "export weeknote", "export highlight", "export contacts", "calls followups",
        "history", "log", "gate", "risk list", "issue list", "decision list", "action list",
        // The dashboard on a board meeting: what it records is each an ordinary dated-today change.
        "board meeting",
        "sync status",
    ]

    @Test("the table covers every subcommand 'weekboard help' lists, and --help shows --week where it says")
    func table() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        func commands(_ help: String) -> [String] {
            let lines = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first?.split(separator: "\n") ?? []
            return lines.compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first
                else { return nil }
                return String(word)
            }
        }
        var leaves: [String] = []
        for top in commands(try cli.run("help").out) where top != "See" {
            let subs = commands(try cli.run("help", top).out).filter { $0 != "See" }
            leaves += subs.isEmpty ? [top] : subs.map { "\(top) \($0)" }
        }
        let written = Set(Self.writers.map(\.command))
        #expect(
            Set(leaves) == written.union(Self.readers),
            "\(Set(leaves).symmetricDifference(written.union(Self.readers)))")
        for (command, week) in Self.writers {
            let help = try cli.run(command.split(separator: " ").map(String.init) + ["--help"]).out
            #expect(help.contains("--week <week>") == week, "\(command): --week \(week ? "missing" : "offered")")
        }
    }

    @Test("project status --week last back-dates the update: its history, that week's board and weeknote agree")
    func backDatedStatus() throws {
        var cli = CLIRunner(today: "2026-11-10")
        defer { cli.cleanUp() }
        #expect(try cli.run("project", "add", "Audit", "--programme", "Plan", "--status", "green").code == 0)
        cli.env["WEEKBOARD_TODAY"] = "2026-11-24"
        let r = try cli.run("project", "status", "Audit", "amber", "--note", "Slipped", "--week", "last")
        #expect(r.code == 0 && r.out == "Audit moved from Green to Amber.\n", "\(r.out)\(r.err)")
        // The history holds it on Tuesday of last week; the journal files it under that week.
        let listing = try cli.run("project", "list", "--json").out
        #expect(listing.contains("\"date\" : \"2026-11-17\""), "\(listing)")
        let journal = try cli.run("log", "--week", "last").out
        #expect(journal.contains("Audit moved from Green to Amber"), "\(journal)")
        // Last week's board (as at Sunday 22 Nov) shows it; the week before does not.
        func board(_ week: String) throws -> [String: Any]? {
            let s = try cli.statusJSON("--week", week)
            return ((s["board"] as? [[String: Any]])?.first?["projects"] as? [[String: Any]])?.first
        }
        #expect(try board("last")?["status"] as? String == "amber")
        #expect(try board("last")?["note"] as? String == "Slipped")
        #expect(try board("2026-W46")?["status"] as? String == "green")
        #expect(try board("this")?["status"] as? String == "amber")
        let note = try cli.run("export", "weeknote", "--week", "last").out
        #expect(note.contains("Audit moved from Green to Amber: Slipped"), "\(note)")
        #expect(!(try cli.run("export", "weeknote").out.contains("moved from Green")))
        // A back-dated project is added that day.
        #expect(try cli.run("project", "add", "Late", "--programme", "Plan", "--week", "2026-11-16").code == 0)
        #expect(try cli.run("project", "list", "--json").out.contains("\"date\" : \"2026-11-16\""))
    }

    @Test("a week not begun, or a day before the latest update, is refused and nothing is written")
    func refusals() throws {
        var cli = CLIRunner(today: "2026-11-10")
        defer { cli.cleanUp() }
        #expect(try cli.run("project", "add", "Audit", "--programme", "Plan").code == 0)
        cli.env["WEEKBOARD_TODAY"] = "2026-11-24"
        #expect(try cli.run("project", "status", "Audit", "red").code == 0)
        let before = cli.snapshotFiles()
        var r = try cli.run("project", "status", "Audit", "green", "--week", "next")
        #expect(r.code == 2 && r.err.contains("--week next has not begun"), "\(r.err)")
        r = try cli.run("project", "status", "Audit", "green", "--week", "last")
        #expect(r.code == 2 && r.err.contains("Audit has an update dated 2026-11-24, after 2026-11-17"), "\(r.err)")
        r = try cli.run("project", "status", "Audit", "green", "--amend", "--week", "last")
        #expect(r.code == 64 && r.err.contains("no --week"), "\(r.err)")
        r = try cli.run("project", "archive", "Audit", "--week", "+1")
        #expect(r.code == 2, "\(r.err)")
        #expect(cli.snapshotFiles() == before)
    }
}
