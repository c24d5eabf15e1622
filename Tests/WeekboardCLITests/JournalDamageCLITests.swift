import Foundation
import Testing
import WeekboardTestSupport

/// A damaged journal (issue 26): each damage is found and named by its true file and line, writing
/// goes on (the damaged part set aside under repair-backup/), `repair --dry-run` lists what `repair`
/// then mends, and no entry number is ever given twice.
@Suite("CLI: a damaged journal, and repair")
struct JournalDamageCLITests {
    struct Damaged {
        let cli: CLIRunner
        let journal: URL

        init() throws {
            cli = CLIRunner()
            for (slot, text) in [("1", "Agree the contract"), ("2", "Publish the plan"), ("3", "Hire")] {
                #expect(try cli.run("goal", "set", slot, text).code == 0)
            }
            let dir = cli.store.appendingPathComponent("journal")
            let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".jsonl") }
            journal = dir.appendingPathComponent(try #require(name))
        }

        func lines() throws -> [String] {
            try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        }

        func write(_ lines: [String], end: String = "\n") throws {
            try (lines.joined(separator: "\n") + end).write(to: journal, atomically: true, encoding: .utf8)
        }

        /// Every entry number in the journal now, newest first.
        func numbers() throws -> [Int] { try entries().compactMap { $0["seq"] as? Int } }

        func entries() throws -> [[String: Any]] {
            let out = try cli.run("log", "--json").out
            let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
            return json?["changes"] as? [[String: Any]] ?? []
        }
    }

    /// Damage, then: the dry run names `expect`; a write goes on with a fresh number; repair agrees with its
    /// dry run and leaves nothing to repair.
    func check(_ name: String, damage: (Damaged) throws -> Void, expect: String, highest: Int = 4) throws {
        let d = try Damaged()
        defer { d.cli.cleanUp() }
        try damage(d)
        let dry = try d.cli.run("repair", "--dry-run")
        #expect(dry.code == 0 && dry.out.contains(expect), "\(name): \(dry.out) \(dry.err)")
        let write = try d.cli.run("goal", "done", "1")
        #expect(write.code == 0, "\(name): \(write.err)")
        let repair = try d.cli.run("repair")
        #expect(repair.code == 0, "\(name): \(repair.err)")
        let fixed = try d.cli.run("repair", "--dry-run").out
        #expect(fixed.hasPrefix("Nothing to repair"), "\(name): \(fixed)")
        let entries = try d.entries(), numbers = try d.numbers()
        let done = entries.first { ($0["summary"] as? String) == "Goal 1 done" }?["seq"] as? Int
        #expect(done == highest + 1, "\(name): the write was numbered \(done ?? 0)")
        #expect(Set(numbers).count == numbers.count, "\(name): a number given twice: \(numbers)")
        #expect(try d.cli.run("undo").code == 0, "\(name)")
        let backups = d.cli.store.appendingPathComponent("repair-backup")
        #expect(FileManager.default.fileExists(atPath: backups.path), "\(name): nothing was set aside")
    }

    @Test("a garbage last line: named by its true line; set aside by the next write")
    func garbageLastLine() throws {
        try check(
            "garbage", damage: { try $0.write(try $0.lines() + ["{\"this is\": not a journal"]) },
            expect: "line 5 is not a journal entry")
        let d = try Damaged()
        defer { d.cli.cleanUp() }
        try d.write(try d.lines() + ["garbage"])
        let log = try d.cli.run("log")
        #expect(log.err.contains("\(d.journal.path): line 5: is not a journal entry"), "\(log.err)")
        let write = try d.cli.run("goal", "done", "1")
        #expect(write.err.contains("line 5 is not a journal entry; set aside in"), "\(write.err)")
    }

    @Test("a huge entry number is damage, not a crash and not the next number")
    func hugeSeq() throws {
        try check(
            "huge seq",
            damage: {
                try $0.write(
                    try $0.lines().map { $0.replacingOccurrences(of: "\"seq\":3", with: "\"seq\":9223372036854775807") }
                )
            }, expect: "line 3 is not a journal entry")
    }

    @Test("a journal cut short: the torn line is set aside and its number not given again")
    func truncated() throws {
        try check(
            "truncated",
            damage: {
                let data = try Data(contentsOf: $0.journal)
                try data.dropLast(40).write(to: $0.journal)
            }, expect: "line 4 is cut short")
    }

    @Test("a deleted journal: numbering goes on, and the next write says entries are missing")
    func deleted() throws {
        let d = try Damaged()
        defer { d.cli.cleanUp() }
        try FileManager.default.removeItem(at: d.journal)
        let write = try d.cli.run("goal", "done", "1")
        #expect(write.code == 0)
        #expect(write.err.contains("later entries are missing"), "\(write.err)")
        #expect(try d.numbers() == [5])
    }

    @Test("a garbage commit record: set aside by the next write, which goes on; repair agrees with its dry run")
    func garbageCommitRecord() throws {
        try check(
            "commit.json",
            damage: {
                try Data("{\"entry\": 1".utf8).write(to: $0.cli.store.appendingPathComponent("journal/commit.json"))
            },
            expect: "commit.json: is not a commit record")
    }

    @Test("a damaged line inside the journal: log names it; repair sets it aside and log reads again")
    func garbageInside() throws {
        let d = try Damaged()
        defer { d.cli.cleanUp() }
        var lines = try d.lines()
        lines.insert("not json", at: 1)
        try d.write(lines)
        #expect(try d.cli.run("log").err.contains("\(d.journal.path): line 2: is not a journal entry"))
        #expect(try d.cli.run("repair", "--dry-run").out.contains("2026-12.jsonl: line 2 is not a journal entry"))
        let repair = try d.cli.run("repair")
        #expect(repair.out.contains("line 2 is not a journal entry; set aside in"), "\(repair.out) \(repair.err)")
        #expect(try d.cli.run("log").code == 0)
        let numbers = try d.numbers()
        #expect(numbers == [5, 4, 3, 2, 1], "\(numbers)")
    }
}

@Suite("CLI: log shows a change whose commit waits")
struct PendingCommitLogTests {
    @Test("a commit record whose journal line is not written yet: log shows its change; the next write adds the line")
    func logShowsPending() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        #expect(try cli.run("goal", "set", "2", "Publish the plan").code == 0)
        let dir = cli.store.appendingPathComponent("journal")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix("l") })
        let journal = dir.appendingPathComponent(name)
        // As a full disk leaves it: the files moved, the record written, the journal line missing.
        var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        let last = lines.removeLast()
        try (lines.joined(separator: "\n") + "\n").write(to: journal, atomically: true, encoding: .utf8)
        try "{\"entry\":\(last),\"steps\":[]}".write(
            to: dir.appendingPathComponent("commit.json"), atomically: true, encoding: .utf8)
        let log = try cli.run("log").out
        #expect(log.hasPrefix("#3 ") && log.contains("Goal 2 set"), "\(log)")
        #expect(try cli.run("goal", "done", "1").code == 0)
        let after = try cli.run("log").out.split(separator: "\n")
        #expect(after.count == 4 && after[1].contains("#3 ") && after[1].contains("Goal 2 set"), "\(after)")
    }
}
