import Foundation
import Testing
import WeekboardCore
import WeekboardTestSupport

/// A per-contact import writes several files (each week's counts and caller tokens). Killed at any
/// instant, every later reader sees all of it or none of it, and importing the file again gives exactly
/// the store an uninterrupted import gives.
@Suite("Fault: an import killed at any step is all-or-nothing", .serialized)
struct CrashDuringImportTests {
    /// Three weeks, two services, repeat callers: six data files and the journal.
    static let csv: String = {
        var rows = ["timestamp,service,channel,caller"]
        for (w, monday) in ["09", "16", "23"].enumerated() {
            for i in 0..<240 {
                let service = i % 3 == 0 ? "Housing" : "Repairs"
                let channel = ["phone", "email", "web"][i % 3]
                let caller = "07700 9\(String(format: "%05d", (i * 7 + w) % 90))"
                rows.append(
                    "2026-11-\(monday) \(String(format: "%02d", 8 + i % 9)):\(String(format: "%02d", i % 60)),"
                        + "\(service),\(channel),\(caller)")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }()
    static let weeks = ["2026-W46", "2026-W47", "2026-W48"]

    /// A store with a fixed caller key, so tokens are the same in every copy.
    func template() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("init").code == 0)
        let seed = cli.store.appendingPathComponent("seed.csv")
        try Data("timestamp,service,channel,caller\n2026-01-05 09:00,Seed,phone,07700 900001\n".utf8).write(to: seed)
        // The first import creates secret.key; the seed week stays in every copy.
        #expect(try cli.run("calls", "import", seed.path).code == 0)
        try FileManager.default.removeItem(at: seed)
        return cli
    }

    func copy(_ from: URL) throws -> URL {
        let to = FileManager.default.temporaryDirectory.appendingPathComponent("wb-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: from, to: to)
        return to
    }

    func helper(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = CLIRunner.executable(named: "weekboard-fault-helper")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// The data files (not the journal, the lock or store.json), by path.
    func data(_ root: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        for dir in ["contacts", "callers"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path))
                ?? []
            {
                out["\(dir)/\(name)"] = try? Data(contentsOf: root.appendingPathComponent("\(dir)/\(name)"))
            }
        }
        return out
    }

    /// Each week's counts equal the contacts behind its caller tokens, read as status reads: all or nothing.
    func expectConsistent(_ root: URL, _ label: String) throws -> Bool {
        let store = Store(root: root)
        return try store.reading { s in
            var imported: Bool?
            for id in Self.weeks {
                let week = try #require(ISOWeek.parseID(id))
                let counts = try s.read(StoreFiles.contacts(week)), callers = try s.read(StoreFiles.callers(week))
                let has = !counts.services.isEmpty
                #expect(
                    imported == nil || imported == has, "\(label): \(id) is \(has ? "" : "not ")imported, others differ"
                )
                imported = has
                for (service, figure) in counts.services {
                    #expect(
                        figure.total == callers.services[service]?.total,
                        """
                        \(label): \(id) \(service) counts \(figure.total), \
                        tokens \(callers.services[service]?.total ?? 0)
                        """
                    )
                }
            }
            return imported ?? false
        }
    }

    /// A template store, the CSV on disk, and the data files an uninterrupted import of it gives.
    struct Prepared {
        let base: CLIRunner
        let csvFile: URL
        let reference: URL
        let expected: [String: Data]
        /// How long that uninterrupted import took.
        let seconds: TimeInterval

        init(_ suite: CrashDuringImportTests) throws {
            base = try suite.template()
            csvFile = base.store.deletingLastPathComponent().appendingPathComponent("contacts-\(UUID().uuidString).csv")
            try Data(CrashDuringImportTests.csv.utf8).write(to: csvFile)
            reference = try suite.copy(base.store)
            let started = Date()
            let whole = try suite.helper(["import", reference.path, csvFile.path])
            whole.waitUntilExit()
            seconds = Date().timeIntervalSince(started)
            #expect(whole.terminationStatus == 0)
            expected = suite.data(reference)
        }

        func cleanUp() {
            base.cleanUp()
            try? FileManager.default.removeItem(at: csvFile)
            try? FileManager.default.removeItem(at: reference)
        }
    }

    @Test("killed at every step of the commit: nothing or everything, then a re-import equals an uninterrupted one")
    func everyStep() throws {
        let run = try Prepared(self)
        defer { run.cleanUp() }
        let (base, csvFile, expected) = (run.base, run.csvFile, run.expected)
        #expect(expected.count == 8, "three weeks of counts and tokens, and the seed week's")

        let steps = ["staged", "recorded"] + (0..<6).map { "moved-\($0)" } + ["journalled", "finished"]
        for step in steps {
            let root = try copy(base.store)
            defer { try? FileManager.default.removeItem(at: root) }
            let p = try helper(["import", root.path, csvFile.path, step])
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal, "\(step): the import was not killed there")
            let imported = try expectConsistent(root, step)
            #expect(imported == (step != "staged"), "\(step): the change is committed once its redo record is durable")

            // The real binary finishes or ignores the cut-short commit, and status agrees with the tokens.
            var cli = CLIRunner()
            cli.env["WEEKBOARD_STORE"] = root.path
            for id in Self.weeks {
                let json = try cli.statusJSON("--week", id)
                for row in json["contacts"] as? [[String: Any]] ?? [] {
                    let repeats = row["repeatCallers"] as? [String: Any]
                    #expect(row["count"] as? Int == repeats?["contacts"] as? Int, "\(step) \(id): \(row)")
                }
            }
            #expect(try cli.run("calls", "import", csvFile.path).code == 0)
            #expect(data(root) == expected, "\(step): the re-import differs from an uninterrupted import")
            let log = try cli.run("log").out
            #expect(log.contains("contacts (2026-W46–2026-W48)"), "\(step): the journal lacks the import: \(log)")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("journal/commit.json").path))
        }
    }

    @Test("200 kills at random moments during an import of three weeks")
    func randomKills() throws {
        let run = try Prepared(self)
        defer { run.cleanUp() }
        let (base, csvFile, expected) = (run.base, run.csvFile, run.expected)
        // How long an import takes here and now; adjusted as the rounds go, since a busy machine is slower.
        var span = max(0.02, run.seconds)

        var generator = SystemRandomNumberGenerator()
        var killed = 0, beforeCommit = 0, afterCommit = 0, cutShort = 0
        for round in 0..<200 {
            let root = try copy(base.store)
            defer { try? FileManager.default.removeItem(at: root) }
            let p = try helper(["import", root.path, csvFile.path])
            usleep(UInt32(Double.random(in: 0...span, using: &generator) * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let wasKilled = p.terminationReason == .uncaughtSignal
            // Aim the kills at the import: sooner when it finished first, a little later when it did not.
            span = wasKilled ? span * 1.05 : max(0.005, span * 0.8)
            let imported = try expectConsistent(root, "round \(round)")
            if wasKilled {
                killed += 1
                if imported { afterCommit += 1 } else { beforeCommit += 1 }
            }
            if FileManager.default.fileExists(atPath: root.appendingPathComponent("journal/commit.json").path) {
                cutShort += 1
            }
            // Importing again (in the helper, as the CLI would) gives exactly the uninterrupted store.
            let again = try helper(["import", root.path, csvFile.path])
            again.waitUntilExit()
            #expect(again.terminationStatus == 0)
            #expect(data(root) == expected, "round \(round): the re-import differs from an uninterrupted import")
        }
        print(
            "crash-during-import: \(killed) of 200 imports killed: \(beforeCommit) before the commit point, "
                + "\(afterCommit) after it (\(cutShort) left mid-commit and finished by the next writer)")
        #expect(killed >= 100, "only \(killed) of 200 imports were killed before they finished")
        #expect(beforeCommit > 0, "no kill fell before the commit point")
    }
}
