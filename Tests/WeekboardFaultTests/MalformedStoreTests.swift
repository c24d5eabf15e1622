import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardDemo
import WeekboardTestSupport

/// The demo store, made once by the real binary; each case works on its own copy.
enum DemoTemplate {
    static let root: URL? = {
        let cli = CLIRunner()
        guard (try? cli.run("init", "--demo"))?.code == 0 else { return nil }
        return cli.store
    }()

    /// A runner whose store is a fresh copy of the demo.
    static func copy() throws -> CLIRunner {
        let cli = CLIRunner()
        try FileManager.default.copyItem(at: try #require(root, "init --demo failed"), to: cli.store)
        return cli
    }
}

@Suite("Fault: malformed store files give a clear error and are never written")
struct MalformedStoreTests {
    /// Runs a command against the broken store: it must fail cleanly, name the file, and touch nothing.
    func expectRefused(_ cli: CLIRunner, _ file: String, _ args: [String], _ label: String) throws {
        let before = StoreTree(cli.store)
        let r = try cli.run(args)
        let what = "\(label): weekboard \(args.joined(separator: " "))"
        #expect(!r.signalled, "\(what) crashed: \(r.err.prefix(500))")
        #expect(r.code == 1 || r.code == 2, "\(what) exited \(r.code); stderr: \(r.err.prefix(300))")
        #expect(r.err.hasPrefix("weekboard: error: "), "\(what): stderr was \(r.err.prefix(300))")
        #expect(
            r.err.contains(cli.store.appendingPathComponent(file).path),
            "\(what) did not name \(file): \(r.err.prefix(300))")
        #expect(r.err.utf8.count < 1000, "\(what): the error is \(r.err.utf8.count) bytes long")
        #expect(r.out.isEmpty, "\(what) printed \(r.out.prefix(200))")
        let after = StoreTree(cli.store)
        #expect(after == before, "\(what) changed \(after.changes(since: before))")
    }

    @Test(
        "each broken file: a command that reads it and one that writes it both refuse", arguments: MalformedCorpus.cases
    )
    func brokenFile(_ c: MalformedCase) throws {
        let cli = try DemoTemplate.copy()
        defer { cli.cleanUp() }
        try c.breakIt(cli.store)
        try expectRefused(cli, c.file, c.readCommand, c.testDescription)
        try expectRefused(cli, c.file, c.writeCommand, c.testDescription)
    }

    @Test("the week file and store.json cut at every tenth byte: the real binary refuses to read or write")
    func truncatedThroughCLI() throws {
        let cli = try DemoTemplate.copy()
        defer { cli.cleanUp() }
        for file in [MalformedCorpus.week, MalformedCorpus.info] {
            let url = cli.store.appendingPathComponent(file)
            let original = try Data(contentsOf: url)
            for c in MalformedCorpus.truncations(of: file, length: original.count) {
                try original.write(to: url)
                try c.breakIt(cli.store)
                try expectRefused(cli, file, ["status"], c.testDescription)
                try expectRefused(cli, file, c.writeCommand, c.testDescription)
            }
            try original.write(to: url)
        }
        // Restored, the store works again: the refusals really were about the damage.
        #expect(try cli.run("status").code == 0)
    }

    @Test("board.json cut at every tenth byte: reading and writing through the core both refuse, nothing changes")
    func truncatedBoardInProcess() throws {
        let cli = try DemoTemplate.copy()
        defer { cli.cleanUp() }
        let store = Store(root: cli.store)
        let url = store.url(MalformedCorpus.board)
        let original = try Data(contentsOf: url)
        let ctx = ActionContext(person: "alex", week: FaultPlan.week, now: Date(), today: FaultPlan.today)
        var cases = 0
        for n in stride(from: 0, to: original.count - 2, by: 10) {
            try original.prefix(n).write(to: url)
            let before = StoreTree(cli.store)
            do {
                _ = try WeekSnapshot.load(store: store, person: "alex", week: FaultPlan.week, today: FaultPlan.today)
                Issue.record("reading board.json cut to \(n) bytes succeeded")
            } catch let e as StoreError {
                #expect(e.description.contains(url.path), "cut to \(n): \(e)")
            }
            do {
                try store.perform(
                    .board(.setProjectStatus(name: "Void repairs turnaround", status: .green, note: "x")), ctx)
                Issue.record("writing with board.json cut to \(n) bytes succeeded")
            } catch let e as StoreError {
                #expect(e.description.contains(url.path), "cut to \(n): \(e)")
            }
            #expect(StoreTree(cli.store) == before, "cut to \(n): the store changed")
            cases += 1
        }
        #expect(cases > 500)
    }
}
