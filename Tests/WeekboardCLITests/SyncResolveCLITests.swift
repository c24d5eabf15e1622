import Foundation
import Testing
import WeekboardCore
import WeekboardTestSupport

@Suite("CLI: sync resolve, and conflicts in log")
struct SyncResolveCLITests {
    /// The CLI's store after a sync that found Voids' owner set differently on two machines.
    func conflicted() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("project", "add", "Voids", "--programme", "Plan", "--owner", "Kim").code == 0)
        let base = Store(root: cli.store)
        try SyncTreeFiles.setOrigin("a1a1a1a1", base)  // this machine; `a` is its copy before the sync
        let (a, b) = (try SyncTreeFiles.copy(base), try SyncTreeFiles.copy(base))
        defer { for s in [a, b] { try? FileManager.default.removeItem(at: s.root) } }
        try SyncTreeFiles.setOrigin("b2b2b2b2", b)
        let now = Date()
        let ctx = { (p: String, s: Double) in
            ActionContext(person: p, week: ISOWeek(containing: CalendarDay(now)), now: now + s, today: CalendarDay(now))
        }
        try a.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Pat"))), ctx("alex", 1))
        try b.perform(.board(.editProject(name: "Voids", ProjectEdit(owner: "Lee"))), ctx("sam", 2))
        let merged = try SyncMerge.merge(
            base: SyncTreeFiles.tree(base), ours: SyncTreeFiles.tree(a), theirs: SyncTreeFiles.tree(b))
        for (path, data) in merged.tree.files { try data.write(to: cli.store.appendingPathComponent(path)) }
        return cli
    }

    @Test("listing, picking the other value, log showing conflicts and the pick, undo bringing it back")
    func resolve() throws {
        let cli = try conflicted()
        defer { cli.cleanUp() }
        // At 80 columns: the place in words with its id, then each value with who set it and when.
        let list = try cli.run("sync", "resolve", "--width", "80")
        #expect(list.code == 0)
        let lines = list.out.split(separator: "\n").map(String.init)
        let id = String(try #require(lines.first).prefix(8))
        #expect(lines.first == "\(id)  Voids: owner", "\(lines)")
        #expect(lines.count > 2 && lines[1].hasPrefix("    shown  “Lee”  by sam, "), "\(lines)")
        #expect(lines.count > 2 && lines[2].hasPrefix("    other  “Pat”  by alex, "), "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 80 } && lines.last == ConflictText.howToPick)
        #expect(!list.out.contains("board.json"))
        let logged = try cli.run("log", "--width", "80").out
        #expect(logged.contains("1 conflict from syncing") && logged.contains("\n\(id)  Voids: owner\n"), "\(logged)")
        #expect(logged.contains("    other  “Pat”  by alex, "), "\(logged)")
        let missing = try cli.run("sync", "resolve", id)
        #expect(missing.code != 0 && missing.err.contains("--keep shown"))
        let pick = try cli.run("sync", "resolve", id, "--keep", "other")
        #expect(pick.code == 0, "\(pick.err)")
        #expect(pick.out.hasPrefix("Conflict \(id) resolved: Voids: owner keeps “Pat”"))
        #expect(try cli.run("sync", "resolve").out.hasPrefix("No conflicts"))
        let log = try cli.run("log", "--width", "200").out
        #expect(log.contains("Conflict \(id) resolved") && !log.contains("from syncing"))
        #expect(try cli.run("undo").code == 0)
        #expect(try cli.run("sync", "resolve").out.hasPrefix(id))
    }

    @Test("log and undo --list after a sync: the other machine's entry numbered apart and said to be from there")
    func logAfterSync() throws {
        let cli = try conflicted()
        defer { cli.cleanUp() }
        let log = try cli.run("log", "--width", "200").out.split(separator: "\n").map(String.init)
        let sams = try #require(log.first { $0.contains("sam (cli") })
        let alexs = try #require(log.first { $0.contains("alex (cli)  Voids") })
        #expect(sams.hasPrefix("#3@b2b2  ") && sams.contains("sam (cli, on another machine)"), "\(log)")
        #expect(alexs.hasPrefix("#3  "), "the same number on this machine, told apart: \(log)")
        let list = try cli.run("undo", "--list", "--width", "200").out
        #expect(list.hasPrefix("#3  ") && !list.contains("another machine"), "\(list)")
    }

    @Test("--help says what resolve does and what --keep takes")
    func help() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let help = try cli.run("sync", "resolve", "--help").out.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(help.contains("--keep <shown|other|mine|person>"))
        #expect(help.contains("the later change shows and the other is kept as a conflict"))
    }
}
