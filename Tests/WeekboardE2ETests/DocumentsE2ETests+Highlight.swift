import Foundation
import Testing
import WeekboardTestSupport

/// `H` then `s` in the real binary: the report on screen, and the files saved compared with
/// `weekboard export highlight --programme P` in the same format.
extension DocumentsE2ETests {
    @Test("H previews the selected programme's highlight report, scrolls, and s saves it as Markdown or HTML")
    func highlight() throws {
        let (cli, folder) = try demo()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(at: folder) }
        let before = cli.snapshotFiles()
        let tmux = try open(cli, in: folder, extra: "--read-only")
        try tmux.keys("Tab")
        try tmux.waitFor("[Programme board]")
        try tmux.keys("H")
        try tmux.waitFor("Highlight report · Technical Services 12 Point Plan")
        var screen = try tmux.screen()
        #expect(screen.contains("Period: 10 November 2026 to 24 November 2026"))
        #expect(screen.contains("Overall: ■ R Off track, the same as at the start of the period."))
        #expect(screen.contains("- New red: Stores and van stock"))
        try tmux.keys("End")
        try tmux.waitFor("Completed")
        screen = try tmux.screen()
        #expect(screen.contains("- Resident satisfaction survey, on 18 November 2026: Published on the"))
        #expect(!screen.contains("Period: 10 November 2026"))

        let name = "highlight-technical-services-12-point-plan-2026-11-24.md"
        try tmux.keys("s")
        try tmux.waitFor("Save as: \(name)")
        try tmux.keys("Enter")
        try tmux.waitFor("Saved the highlight report to")
        let exported = try cli.run("export", "highlight", "--programme", "Technical Services 12 Point Plan")
        #expect(exported.code == 0, "\(exported.err)")
        #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == exported.out)

        // Another name, another format; then the same name again is refused and the file kept.
        try tmux.keys("s")
        try tmux.waitFor("Save as:")
        try tmux.keys("C-u")
        try tmux.type("board.html")
        try tmux.keys("Enter")
        try tmux.waitFor("Saved the highlight report to")
        let html = try cli.run(
            "export", "highlight", "--programme", "Technical Services 12 Point Plan",
            "--format", "html")
        #expect(try String(contentsOf: folder.appendingPathComponent("board.html"), encoding: .utf8) == html.out)
        try tmux.keys("s")
        try tmux.waitFor("Save as: \(name)")
        try tmux.keys("Enter")
        try tmux.waitFor("Not saved: highlight-technical-services")
        #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == exported.out)

        // H closes the report (not the app); read-only, the store was never written.
        try tmux.keys("H")
        try tmux.waitFor("Programme board")
        #expect(try tmux.programRunning())
        try quit(tmux)
        #expect(cli.snapshotFiles() == before)
    }
}
