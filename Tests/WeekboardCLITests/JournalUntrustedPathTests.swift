import Foundation
import Testing
import WeekboardTestSupport

/// Paths read back from the journal and the commit record are untrusted (issue 26): undo, redo and
/// recovery never write, move or delete anything outside the store, and say which record they refused.
@Suite("CLI: hostile paths in the journal and the commit record")
struct JournalUntrustedPathTests {
    /// A folder beside the store, reached from inside it by `../<name>`.
    struct Outside {
        let dir: URL
        let relative: String
        init(beside store: URL) throws {
            let name = store.lastPathComponent + "-outside"
            dir = store.deletingLastPathComponent().appendingPathComponent(name)
            relative = "../\(name)"
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data("{\"keep\":\"me\"}".utf8).write(to: dir.appendingPathComponent("victim.json"))
            try Data("{\"moved\":\"in\"}".utf8).write(to: dir.appendingPathComponent("source.json"))
        }
        var files: [String: Data] {
            var out: [String: Data] = [:]
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
                out[name] = try? Data(contentsOf: dir.appendingPathComponent(name))
            }
            return out
        }
        func cleanUp() { try? FileManager.default.removeItem(at: dir) }
    }

    func journalFile(_ cli: CLIRunner) throws -> URL {
        let dir = cli.store.appendingPathComponent("journal")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }
        return dir.appendingPathComponent(try #require(name.sorted().last))
    }

    func append(_ line: String, to url: URL) throws {
        let h = try FileHandle(forWritingTo: url)
        try h.seekToEnd()
        try h.write(contentsOf: Data((line + "\n").utf8))
        try h.close()
    }

    @Test("undo of an entry naming a file outside the store refuses it whole, naming the entry's line")
    func undoRefusesOutsidePath() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let outside = try Outside(beside: cli.store)
        defer { outside.cleanUp() }
        #expect(try cli.run("goal", "set", "3", "Agree the contract").code == 0)
        let journal = try journalFile(cli)
        // Creates victim2.json outside (absent before: the field "was absent"), and empties victim.json.
        try append(
            """
            {"at":"2026-11-24T12:00:00Z","fields":[\
            {"before":"pwned","file":"\(outside.relative)/victim2.json","path":["a"]},\
            {"after":"me","file":"\(outside.relative)/victim.json","path":["keep"]}],\
            "kind":"change","removed":[],"seq":3,"source":{"origin":"cli","person":"alex"},\
            "summary":"Goal 3 set","week":"2026-W48","written":[]}
            """, to: journal)
        let before = outside.files, store = cli.snapshotFiles()
        let r = try cli.run("undo")
        #expect(r.code == 1, "\(r.out)\(r.err)")
        #expect(r.err.contains("not a store file") && r.err.contains("\(journal.path) line 3"), "\(r.err)")
        #expect(r.err.contains("victim"), "\(r.err)")
        #expect(outside.files == before)
        #expect(cli.snapshotFiles() == store)
    }

    @Test("a commit record naming files outside the store moves and deletes nothing outside it")
    func recoveryRefusesOutsidePaths() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let outside = try Outside(beside: cli.store)
        defer { outside.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        // A folder inside the store that is a link out of it.
        try Data("{}".utf8).write(to: outside.dir.appendingPathComponent("2026-W48.json"))
        try FileManager.default.createSymbolicLink(
            at: cli.store.appendingPathComponent("people/evil"), withDestinationURL: outside.dir)
        let before = outside.files
        for steps in [
            "[{\"path\":\"people/evil/2026-W48.json\"}]",
            "[{\"path\":\"\(outside.relative)/victim.json\"}]",
            "[{\"path\":\"board.json\",\"temp\":\"\(outside.relative)/source.json\"}]",
            "[{\"path\":\"\(outside.relative)/victim.json\",\"temp\":\"\(outside.relative)/.tmp-victim.json-1-2\"}]",
            "[{\"path\":\"/\(outside.dir.path.dropFirst())/victim.json\"}]",
        ] {
            let record =
                """
                {"entry":{"at":"2026-11-24T12:00:00Z","kind":"change","removed":[],"seq":2,\
                "source":{"origin":"cli","person":"alex"},"summary":"x","written":[]},"steps":\(steps)}
                """
            let commit = cli.store.appendingPathComponent("journal/commit.json")
            try Data(record.utf8).write(to: commit)
            let write = try cli.run("goal", "set", "2", "Publish the plan")
            let status = try cli.run("status")
            #expect(
                write.err.contains("commit.json") || write.err.contains("people/evil: is a symbolic link"),
                "\(steps): \(write.err)")
            #expect(!status.out.contains("moved"))
            #expect(outside.files == before, "\(steps)")
            #expect(!FileManager.default.fileExists(atPath: cli.store.appendingPathComponent("board.json").path))
            try? FileManager.default.removeItem(at: commit)
        }
    }

    @Test("export --out inside the store is refused, with --force too, however the path is spelt")
    func exportOutsideStoreOnly() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init", "--demo").code == 0)
        let link = cli.store.deletingLastPathComponent().appendingPathComponent(cli.store.lastPathComponent + "-ln")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: cli.store)
        defer { try? FileManager.default.removeItem(at: link) }
        let store = cli.snapshotFiles()
        let targets = [
            cli.store.path + "/journal/commit.json", cli.store.path + "/board.json",
            cli.store.path + "/people/../board.json", link.path + "/board.json", link.path + "/new.md",
            cli.store.path + "/people/alex/2026-W48.json",
        ]
        for target in targets {
            for force in [false, true] {
                for export in [["weeknote"], ["highlight"], ["highlight", "--format", "csv"]] {
                    let r = try cli.run(["export"] + export + ["--out", target] + (force ? ["--force"] : []))
                    #expect(r.code != 0, "\(export) \(target)")
                    #expect(r.err.contains("is inside the store"), "\(target): \(r.err)")
                }
            }
        }
        #expect(cli.snapshotFiles() == store)
        #expect(try cli.run("status").code == 0)
    }
}
