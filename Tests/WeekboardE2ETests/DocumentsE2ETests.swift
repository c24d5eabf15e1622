import Foundation
import Testing
import WeekboardTestSupport

/// `w`, `o` and `h` in the real binary in tmux at 80×24: what a person sees, and the file `w`
/// then `s` writes compared with `weekboard export weeknote`.
@Suite(
    "Weeknote, OKRs and history end to end in tmux", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DocumentsE2ETests {
    /// The dashboard on a demo store, started from `folder` (where a weeknote is saved).
    func open(_ cli: CLIRunner, in folder: URL, extra: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession(width: 80, height: 24, env: cli.env)
        try tmux.run("cd '\(folder.path)' && '\(CLIRunner.binary.path)' \(extra)")
        try tmux.waitFor("Week 2026.48 · w/c 23 Nov 2026")
        return tmux
    }

    func demo() throws -> (CLIRunner, URL) {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (cli, folder)
    }

    func quit(_ tmux: TmuxSession) throws {
        try tmux.keys("q")
        try tmux.waitFor(timeout: 20, "program to exit") { _ in (try? tmux.programRunning()) == false }
    }

    @Test("w previews the weeknote, scrolls, saves it read-only and refuses to overwrite")
    func weeknote() throws {
        let (cli, folder) = try demo()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        let before = cli.snapshotFiles()
        let tmux = try open(cli, in: folder, extra: "--read-only")
        try tmux.keys("w")
        try tmux.waitFor("# Weeknote 2026.48 — alex — w/c 23 November 2026")
        #expect(try tmux.screen().contains("We met 1 of 3 goals."))
        try tmux.keys("End")
        try tmux.waitFor("## Next week")
        #expect(try !tmux.screen().contains("# Weeknote 2026.48 —"))
        try tmux.keys("s")
        try tmux.waitFor("Save as: weeknote-2026-W48.md")
        try tmux.keys("Enter")
        try tmux.waitFor("Saved the weeknote to")
        let saved = folder.appendingPathComponent("weeknote-2026-W48.md")
        let exported = try cli.run("export", "weeknote")
        #expect(exported.code == 0)
        #expect(try String(contentsOf: saved, encoding: .utf8) == exported.out)

        // A second save finds the file there and leaves it alone.
        try "kept".write(to: saved, atomically: true, encoding: .utf8)
        try tmux.keys("s")
        try tmux.waitFor("Save as:")
        try tmux.keys("Enter")
        try tmux.waitFor("already exists")
        #expect(try String(contentsOf: saved, encoding: .utf8) == "kept")

        // q closes the preview (not the app); the board is back; the store was never written.
        try tmux.keys("q")
        try tmux.waitFor("Programme board")
        #expect(try tmux.programRunning())
        try quit(tmux)
        #expect(cli.snapshotFiles() == before)
    }

    @Test("o switches the board to OKRs and back")
    func okrs() throws {
        let (cli, folder) = try demo()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        let tmux = try open(cli, in: folder)
        try tmux.keys("o")
        try tmux.waitFor("OKRs · 2 objectives")
        let screen = try tmux.screen()
        #expect(screen.contains("1 Residents get repairs right first time"))
        #expect(screen.contains("43%  ▲ At risk"))
        #expect(screen.contains("77%  ● On track"))
        #expect(screen.contains("2.1 Abandoned calls"))
        #expect(!screen.contains("Programme board"))

        // A change made with the CLI shows while the OKRs are on screen.
        #expect(try cli.run("okr", "update", "2", "abandoned calls", "--current", "5").code == 0)
        try tmux.waitFor("now 5%", timeout: 20)

        try tmux.keys("o")
        try tmux.waitFor("Programme board")
        #expect(try !tmux.screen().contains("OKRs · 2 objectives"))
        try quit(tmux)
    }

    @Test("h shows the history overlay and Esc closes it")
    func history() throws {
        let (cli, folder) = try demo()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        let tmux = try open(cli, in: folder)
        try tmux.keys("h")
        try tmux.waitFor("alex · 52 weeks to 2026.48")
        let screen = try tmux.screen()
        #expect(screen.contains("● all met  ◐ some  ○ none  · no goals"))
        #expect(screen.contains("2 positive weeks in a row."))
        #expect(screen.contains("90% through the year."))
        #expect(screen.contains("Repairs  5,500 this week · normal 3,750"))
        try tmux.keys("Escape")
        try tmux.waitFor(timeout: 20, "history closed") {
            !$0.contains("through the year") && $0.contains("Contact centre")
        }
        try quit(tmux)
    }
}
