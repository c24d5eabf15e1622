import Foundation
import Testing
import WeekboardTestSupport

/// The CLI answers typos and habits as git does: "did you mean", global options on either side
/// of the subcommand, and read-only mode refusing writes.
@Suite("CLI: typos and habits")
struct CLIHabitsTests {
    func demo() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run("init", "--demo").code == 0)
        return cli
    }

    @Test("a mistyped subcommand gets 'did you mean' and the usage of the one meant, exit 64")
    func didYouMean() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        var r = try cli.run("stauts")
        #expect(r.code == 64)
        #expect(r.err.contains("'stauts' is not a 'weekboard' command. Did you mean 'status'?"))
        #expect(r.err.contains("Usage: weekboard status"))
        #expect(!r.err.contains("weekboard dashboard"))
        r = try cli.run("goal", "dnoe", "1")
        #expect(r.code == 64)
        #expect(r.err.contains("Did you mean 'done'?") && r.err.contains("Usage: weekboard goal done"))
        // Only close words get a suggestion.
        r = try cli.run("xyzzy")
        #expect(r.code == 64)
        #expect(r.err.contains("'xyzzy' is not a 'weekboard' command. See 'weekboard --help'"))
        #expect(!r.err.contains("Did you mean"))
    }

    @Test("global options work before and after the subcommand")
    func globalOptionsEitherSide() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = try cli.run("--week", "last", "status", "--json")
        let after = try cli.run("status", "--json", "--week", "last")
        #expect(before.code == 0 && after.code == 0)
        #expect(before.out == after.out)
        #expect(before.out.contains("\"id\" : \"2026-W47\""))
        let person = try cli.run("--person", "sam", "--week=last", "goal", "set", "2", "Read the survey")
        #expect(person.code == 0, "\(person.err)")
        let sam = try cli.run("status", "--json", "--person", "sam", "--week", "2026-W47")
        #expect(sam.out.contains("Read the survey"))
    }

    @Test("--read-only and WEEKBOARD_READ_ONLY=1 refuse every write and change nothing")
    func readOnlyRefusesWrites() throws {
        var cli = try demo()
        defer { cli.cleanUp() }
        let before = cli.snapshotFiles()
        for args in [
            ["--read-only", "goal", "done", "1"], ["focus", "set", "Elsewhere", "--read-only"],
            ["--read-only", "okr", "add-objective", "More"], ["--read-only", "init"],
        ] {
            let r = try cli.run(args)
            #expect(r.code == 1, "\(args)")
            #expect(r.err.contains("read-only"), "\(args): \(r.err)")
        }
        cli.env["WEEKBOARD_READ_ONLY"] = "1"
        let r = try cli.run("project", "status", "Void repairs turnaround", "red")
        #expect(r.code == 1 && r.err.contains("read-only"))
        #expect(try cli.run("status").code == 0)  // reading still works
        #expect(cli.snapshotFiles() == before)
    }
}

extension CLIHabitsTests {
    @Test("shell completion offers project, programme, service and person names from the store")
    func completionFromTheStore() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        // What the generated bash script runs: the words typed so far, the word being completed last.
        func complete(_ path: [String], _ what: String, _ typed: [String]) throws -> [String] {
            let words = ["weekboard"] + typed + [""]
            let r = try cli.run(["---completion"] + path + ["--", what, "\(words.count - 1)", "0"] + words)
            return r.out.split(separator: "\n").map(String.init)
        }
        let projects = try complete(["project", "status"], "positional@0", ["project", "status"])
        #expect(projects.contains("Damp and mould triage"))
        let services = try complete(["calls", "record"], "positional@0", ["calls", "record"])
        #expect(services.contains("Repairs"))
        let programmes = try complete(["project", "add"], "--programme", ["project", "add", "X", "--programme"])
        #expect(!programmes.isEmpty)
        let people = try complete(["status"], "--person", ["status", "--person"])
        #expect(people.contains("alex") && people.contains("sam"))
        // Another store named on the line is the one read.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("wb-none-\(UUID().uuidString)")
        #expect(
            try complete(["project", "status"], "positional@0", ["--store", empty.path, "project", "status"]).isEmpty)
    }

    @Test("completed services are those of recent weeks up to WEEKBOARD_TODAY, not the clock's today")
    func completionOfServicesFollowsToday() throws {
        let cli = CLIRunner(today: "2031-03-12")
        defer { cli.cleanUp() }
        #expect(try cli.run("calls", "record", "Pest control", "40", "--week=-3").code == 0)
        #expect(try cli.run("calls", "record", "Old service", "9", "--week=-20").code == 0)
        let words = ["weekboard", "calls", "record", ""]
        let r = try cli.run(
            ["---completion", "calls", "record", "--", "positional@0", "\(words.count - 1)", "0"] + words)
        #expect(r.out.split(separator: "\n") == ["Pest control"], "\(r.out)\(r.err)")
    }
}

extension CLIHabitsTests {
    @Test("--width fits status, history, okr list and calls list; 80 in a pipe; names are not cut when there is room")
    func widths() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        func widest(_ out: String) -> Int {
            out.split(separator: "\n").map { (line: Substring) in line.count }.max() ?? 0
        }
        let piped = try cli.run("status")
        #expect(widest(piped.out) <= 80)
        // calls list is a record: whole lines in a pipe; with --width its basis in words where that fits,
        // else short, as status gives it.
        #expect(try cli.run("calls", "list").out.contains("the same week in the previous 3 years"))
        let calls = try cli.run("calls", "list", "--width", "80")
        #expect(widest(calls.out) <= 80 && calls.out.contains("same wk 3y"), "\(calls.out)")
        #expect(try cli.run("calls", "list", "--width", "120").out.contains("the same week in the previous 3 years"))
        let wide = try cli.run("status", "--width", "140")
        #expect(widest(wide.out) <= 140 && widest(wide.out) > 80)
        for args in [
            ["history", "--width", "100"], ["okr", "list", "--width", "100"], ["calls", "list", "--width", "100"],
        ] {
            let r = try cli.run(args)
            #expect(r.code == 0, "\(args): \(r.err)")
            #expect(widest(r.out) <= 100, "\(args)")
        }
        #expect(try cli.run("status", "--width", "10").code == 2)
        // A long name in the team view is shown whole.
        let long = "bartholomew.featherstonehaugh-smythe"
        #expect(try cli.run("--person", long, "focus", "set", "Tenancy audits").code == 0)
        let team = try cli.run("status", "--team", "--width", "120")
        #expect(team.out.contains(long), "\(team.out)")
    }
}
