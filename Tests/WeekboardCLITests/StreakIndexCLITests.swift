import Foundation
import Testing
import WeekboardTestSupport

/// The streak comes from `index/<person>/positive-weeks.json`, rewritten by every commit that changes
/// a week file. Each check compares `status --json` with the same store's copy without the index
/// (where the streak walks back through the week files), so the index can never change what is shown.
@Suite("CLI: the positive-week streak index")
struct StreakIndexCLITests {
    /// `status --json` on `cli`'s store, after checking that a copy without the index says the same.
    private func status(_ cli: CLIRunner) throws -> String {
        let with = try cli.run("status", "--json")
        #expect(with.code == 0, "\(with.err)")
        let copy = cli.store.deletingLastPathComponent().appendingPathComponent("wb-noindex-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: cli.store, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("index"))
        var plain = cli
        plain.env["WEEKBOARD_STORE"] = copy.path
        let without = try plain.run("status", "--json")
        #expect(without.out == with.out.replacingOccurrences(of: cli.store.path, with: copy.path))
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("index").path), "status wrote")
        return with.out
    }

    private func streak(_ json: String) throws -> Int? {
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (o?["score"] as? [String: Any])?["streak"] as? Int
    }

    @Test("demo and generated stores: the same status with and without the index")
    func sameAsWalking() throws {
        let demo = CLIRunner()
        defer { demo.cleanUp() }
        #expect(try demo.run("init", "--demo").code == 0)
        _ = try status(demo)
        for size in ["week", "year", "decade"] {
            let cli = CLIRunner()
            defer { cli.cleanUp() }
            #expect(try cli.run("generate", "--size", size).code == 0)
            _ = try status(cli)
        }
    }

    @Test("edits, undo and redo of past weeks move the streak as the week files say")
    func editsOfPastWeeks() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let generated = try cli.run("generate", "--size", "year", "--streak")
        #expect(generated.code == 0)
        // The summary counts the bytes written (it once said 0 KiB, the size read as the wrong integer type).
        #expect(generated.out.contains(" KiB.") && !generated.out.contains(" 0 KiB"), "\(generated.out)")
        let index = cli.store.appendingPathComponent("index/alex/positive-weeks.json")
        #expect(FileManager.default.fileExists(atPath: index.path))
        // This week (2026-W48) is in progress: the streak counts the 51 weeks before it.
        #expect(try streak(status(cli)) == 51)
        #expect(try cli.run("goal", "open", "2", "--week", "2026-W40").code == 0)
        #expect(try streak(status(cli)) == 7)
        #expect(try cli.run("goal", "drop", "1", "--week", "2026-W46").code == 0)
        #expect(try streak(status(cli)) == 1)
        #expect(try cli.run("undo").code == 0)
        #expect(try streak(status(cli)) == 7)
        #expect(try cli.run("undo").code == 0)
        #expect(try streak(status(cli)) == 51)
        #expect(try cli.run("redo").code == 0)
        #expect(try streak(status(cli)) == 7)
        // Meeting this week's goals makes it part of the streak; an earlier week added to the history
        // joins the run at its start.
        for n in ["2", "3"] { #expect(try cli.run("goal", "done", n).code == 0) }
        #expect(try streak(status(cli)) == 8)
        #expect(try cli.run("goal", "done", "2", "--week", "2026-W40").code == 0)
        #expect(try streak(status(cli)) == 52)
        #expect(try cli.run("focus", "set", "Before the history began", "--week", "2025-W48").code == 0)
        for n in ["1", "2", "3"] {
            #expect(try cli.run("goal", "set", n, "Goal \(n)", "--week", "2025-W48").code == 0)
            #expect(try cli.run("goal", "done", n, "--week", "2025-W48").code == 0)
        }
        #expect(try streak(status(cli)) == 53)
    }

    @Test("a missing or damaged index is rebuilt by the next change, and status never needs it")
    func rebuilt() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let generated = try cli.run("generate", "--size", "year", "--streak")
        #expect(generated.code == 0)
        // The summary counts the bytes written (it once said 0 KiB, the size read as the wrong integer type).
        #expect(generated.out.contains(" KiB.") && !generated.out.contains(" 0 KiB"), "\(generated.out)")
        let index = cli.store.appendingPathComponent("index/alex/positive-weeks.json")
        try Data("{not json".utf8).write(to: index)
        #expect(try streak(cli.run("status", "--json").out) == 51)
        #expect(try cli.run("goal", "open", "1", "--week", "2026-W45").code == 0)
        #expect(try String(contentsOf: index, encoding: .utf8).contains("2026-W47"))
        #expect(try streak(status(cli)) == 2)
        try FileManager.default.removeItem(at: index)
        #expect(try cli.run("goal", "done", "1", "--week", "2026-W45").code == 0)
        #expect(try streak(status(cli)) == 51)
    }
}
