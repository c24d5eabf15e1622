import Foundation
import Testing
import WeekboardTestSupport

/// The dashboard run as a person would: in tmux at 80×24, keys typed, the screen read,
/// and the store checked with the CLI.
@Suite("Dashboard end to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DashboardE2ETests {
    /// A demo store with goal 1 reopened, so pressing `1` ticks it.
    func demoStore() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        #expect(try cli.run("goal", "open", "1").code == 0)
        return cli
    }

    func open(_ cli: CLIRunner, width: Int = 80, height: Int = 24, extra: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height, env: cli.env)
        try tmux.run("'\(CLIRunner.binary.path)' \(extra)")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        return tmux
    }

    func goals(_ cli: CLIRunner) throws -> [String?] {
        (try cli.statusJSON()["goals"] as? [[String: Any]] ?? []).map { $0["state"] as? String }
    }

    @Test("a week's work: tick, edit focus, update a project, change week, help, resize, quit")
    func workAWeek() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli)

        // 1 ticks goal 1: the screen and the store agree.
        try tmux.keys("1")
        try tmux.waitFor("met 1 of 3")
        #expect(try tmux.screen().contains("1 [✓] Agree the void repairs contract variation"))
        #expect(try goals(cli).first == "done")

        // Edit the focus in place with UTF-8 text.
        try tmux.keys("BTab")
        try tmux.waitFor("[Focus]")
        try tmux.keys("e", "C-u")
        try tmux.type("Café 日本 ✓ winter")
        try tmux.keys("Enter")
        try tmux.waitFor(" Café 日本 ✓ winter")
        #expect(try cli.statusJSON()["focus"] as? String == "Café 日本 ✓ winter")

        // Set the selected project's status with a note.
        try tmux.keys("Tab", "Tab")
        try tmux.waitFor("[Programme board]")
        try tmux.keys("s")
        try tmux.waitFor("Enter pick")
        try tmux.keys("g")
        try tmux.waitFor("note (optional)")
        try tmux.type("agency surveyors on site")
        try tmux.keys("Enter")
        try tmux.waitFor("moved from Red to Green")
        let board = try cli.run("project", "list", "--json").out
        #expect(board.contains("agency surveyors on site"))

        // Last week and back.
        try tmux.keys("[")
        try tmux.waitFor("Week 2026.47")
        try tmux.keys("]")
        try tmux.waitFor("Week 2026.48")

        // Help from the live key map.
        try tmux.keys("?")
        try tmux.waitFor("tick goal 1, 2 or 3")
        try tmux.keys("Escape")
        try tmux.waitFor(timeout: 20, "help closed") { !$0.contains("tick goal 1, 2 or 3") }

        // Too small, then back.
        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Contact centre")

        // q quits and the shell is usable again.
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
        try tmux.run("echo ready-$((40+2))")
        try tmux.waitFor("ready-42")
    }

    @Test("a change made with the CLI shows on the open dashboard")
    func liveReload() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli)
        #expect(try tmux.screen().contains("met 0 of 3"))
        #expect(try cli.run("goal", "done", "3").code == 0)
        #expect(try cli.run("focus", "set", "Changed from another terminal").code == 0)
        try tmux.waitFor("Changed from another terminal", timeout: 20)
        #expect(try tmux.screen().contains("met 1 of 3"))
        try tmux.keys("q")
    }

    @Test("the header and the team view show a person by the name they first gave, whatever the case typed")
    func displayNameInHeader() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        #expect(try cli.run("--person", "Sam Patel", "focus", "set", "Sam's own focus").code == 0)
        #expect(try cli.run("--person", "李", "focus", "set", "李's focus").code == 0)
        let tmux = try open(cli, extra: "--person 'sam patel'")
        let header = try tmux.screen().split(separator: "\n").first ?? ""
        #expect(header.hasSuffix("Technical Services · Sam Patel"), "\(header)")
        try tmux.keys("T")
        try tmux.waitFor("李's focus")
        let screen = try tmux.screen()
        #expect(screen.contains(" Sam Patel ") && screen.contains(" 李 "), "\(screen)")
        #expect(!screen.contains("sam-patel"), "\(screen)")
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
    }

    @Test("read-only: keys that would change data say so and write nothing")
    func readOnly() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let before = cli.snapshotFiles()
        let tmux = try open(cli, extra: "--read-only")
        #expect(try tmux.screen().contains("READ-ONLY"))
        try tmux.keys("1")
        try tmux.waitFor("read-only")
        try tmux.keys("c")
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
        #expect(cli.snapshotFiles() == before)
    }

    @Test("output that is not a terminal gets the status summary")
    func notATerminal() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let r = try cli.run()
        #expect(r.code == 0)
        #expect(r.out.contains("FOCUS  Get the repairs backlog under control before winter"))
        #expect(!r.out.contains("\u{1B}"))
    }

    @Test("an unknown TERM gets the status, a hint naming a TERM that works, and exit 0")
    func unknownTerm() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession(width: 100, height: 60, env: cli.env)
        // The marker is split on the command line so only the echoed result matches.
        try tmux.run("TERM=no-such-term '\(CLIRunner.binary.path)'; echo ex\"\"it=$?")
        let screen = try tmux.waitFor("exit=")
        #expect(screen.contains("TERM is 'no-such-term', which cannot show the dashboard"))
        #expect(screen.contains("try TERM=xterm-256color"))
        #expect(screen.contains("FOCUS  Get the repairs backlog under control before winter"))
        #expect(screen.contains("exit=0"))
    }
}

extension DashboardE2ETests {
    @Test("notes: add, edit and remove an entry in the notes panel; the store agrees")
    func notesPanel() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli)
        func notes(_ section: String) throws -> [String] {
            (try cli.statusJSON()["notes"] as? [String: [String]])?[section] ?? []
        }
        let before = try notes("learning")
        try tmux.keys("BTab", "BTab")
        try tmux.waitFor("[Notes]")
        try tmux.keys("j", "j", "a")
        try tmux.waitFor("Adding to what I'm learning")
        try tmux.type("Ask residents for a slot")
        try tmux.keys("Enter")
        try tmux.waitFor("Added to what I'm learning.")
        #expect(try notes("learning") == before + ["Ask residents for a slot"])
        try tmux.keys("j", "e", "C-u")
        try tmux.type("Offer residents a slot")
        try tmux.keys("Enter")
        try tmux.waitFor("What I'm learning 2 changed.")
        #expect(try notes("learning").last == "Offer residents a slot")
        try tmux.keys("d")
        try tmux.waitFor("from what I'm learning? y/n")
        try tmux.keys("y")
        try tmux.waitFor("Removed from what I'm learning")
        #expect(try notes("learning") == before)
        try tmux.keys("q")
    }
}

extension DashboardE2ETests {
    @Test("a project added, renamed and archived from the board; u undoes the archive")
    func projectLifecycle() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli, width: 160, height: 48)
        func names() throws -> [String] {
            let json = try JSONSerialization.jsonObject(with: Data(try cli.run("project", "list", "--json").out.utf8))
            let programmes = (json as? [String: Any])?["programmes"] as? [[String: Any]] ?? []
            return programmes.flatMap {
                ($0["projects"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
        }
        try tmux.keys("Tab")
        try tmux.waitFor("[Programme board]")
        try tmux.keys("a")
        try tmux.waitFor("New project 1/6: name")
        try tmux.type("Estate CCTV")
        try tmux.keys("Enter", "C-u")
        try tmux.type("Estates")
        // A programme the board does not have is asked about once; Enter again creates it.
        try tmux.keys("Enter")
        try tmux.waitFor("No programme called 'Estates': Enter again creates it")
        try tmux.keys("Enter", "Enter")
        try tmux.type("r")
        try tmux.keys("Enter", "Enter", "Enter")
        try tmux.waitFor("Added Estate CCTV (Red) to Estates.")
        #expect(try names().contains("Estate CCTV"))
        try tmux.keys("e", "C-u")
        try tmux.type("Estate CCTV renewal")
        for _ in 0..<6 { try tmux.keys("Enter") }
        try tmux.waitFor("Renamed Estate CCTV to Estate CCTV renewal.")
        #expect(try names().contains("Estate CCTV renewal"))
        try tmux.keys("A")
        try tmux.waitFor("Archive Estate CCTV renewal?")
        try tmux.keys("y")
        try tmux.waitFor("Archived Estate CCTV renewal")
        #expect(!(try names().contains("Estate CCTV renewal")))
        try tmux.keys("u")
        try tmux.waitFor("Undid: Archived Estate CCTV renewal")
        #expect(try names().contains("Estate CCTV renewal"))
        try tmux.keys("q")
    }
}

extension DashboardE2ETests {
    @Test("a count recorded in the contact centre lands in the store")
    func recordInContactPanel() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        let tmux = try open(cli)
        try tmux.keys("BTab", "BTab", "BTab")
        try tmux.waitFor("[Contact centre]")
        try tmux.keys("a", "C-u")
        try tmux.type("Parking")
        try tmux.keys("Enter")
        try tmux.waitFor("Record contacts 2/2")
        try tmux.type("1,250")
        try tmux.keys("Enter")
        try tmux.waitFor("Parking: 1,250 contacts recorded")
        let json = try cli.run("calls", "list", "--json", "--weeks", "1").out
        #expect(json.contains("Parking"), "\(json)")
        try tmux.keys("q")
    }
}

extension DashboardE2ETests {
    @Test("a change made in the dashboard on someone else's week records who acted: log says 'alex as Sam Patel'")
    func actorRecordedFromTheDashboard() throws {
        let cli = try demoStore()
        defer { cli.cleanUp() }
        #expect(try cli.run("--person", "Sam Patel", "goal", "set", "1", "Sam's first goal").code == 0)
        let tmux = try open(cli, extra: "--person 'sam patel'")
        try tmux.waitFor("Sam's first goal")
        try tmux.keys("1")
        try tmux.waitFor("met 1 of 1")
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
        let newest = try cli.run("log", "--limit", "1", "--width", "200").out
        #expect(newest.contains("alex as Sam Patel (dashboard)"), "\(newest)")
    }
}
