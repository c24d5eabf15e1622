import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Testing
import WeekboardTestSupport

@Suite("CLI: hostile and careless input — out-of-range years, empty paths, odd --out targets, swapped columns")
struct HostileInputCLITests {
    func refuses(_ cli: CLIRunner, _ args: [String], code: Int32 = 2, mentioning words: [String]) throws {
        let before = cli.snapshotFiles()
        let r = try cli.run(args)
        #expect(r.code == code, "\(args): exit \(r.code): \(r.err)")
        for w in words { #expect(r.err.contains(w), "\(args): stderr was \(r.err)") }
        #expect(cli.snapshotFiles() == before, "\(args) changed the store")
    }

    func input(_ cli: CLIRunner, _ name: String, _ text: String) throws -> String {
        let dir = URL(fileURLWithPath: cli.store.path + "-inputs")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        return dir.appendingPathComponent(name).path
    }

    @Test("years outside 1900–9999 are refused wherever a date or week is typed; weeks need two digits")
    func years() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        for week in ["0000-01-03", "1/1/-999", "0000-W01", "1899-12-25", "10000-W01", "-001-W01"] {
            try refuses(cli, ["calls", "record", "Repairs", "5", "--week=\(week)"], mentioning: ["invalid week"])
        }
        try refuses(
            cli, ["project", "add", "P", "--programme", "Q", "--milestone", "M", "--due", "0000-01-01"],
            mentioning: ["years 1900 to 9999"])
        var pinned = cli
        pinned.env["WEEKBOARD_TODAY"] = "0000-01-01"
        try refuses(pinned, ["focus", "set", "x"], mentioning: ["WEEKBOARD_TODAY", "years 1900 to 9999"])
        // 2026.5 could be week 5 or week 50: labels write 2026.05, and so must input.
        try refuses(cli, ["status", "--week", "2026.5"], mentioning: ["2026.05"])
        try refuses(cli, ["status", "--week", "2026-W5"], mentioning: ["2026-W05"])
        #expect(try cli.run("status", "--week", "2026.05").code == 0)
        #expect(try cli.run("status", "--week", "1900-01-01").code == 0)
        // An import row dated in year 0 is a rejected row, not a file the reader cannot open.
        let file = try input(
            cli, "y0.csv", "week,service,count\n01/01/0000,Repairs,5\n0000-W01,Repairs,5\n2026-W48,Repairs,5\n")
        let r = try cli.run("calls", "import", file)
        #expect(r.code == 2 && r.out.contains("line 2:") && r.out.contains("line 3:"), "\(r.out)")
        try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs")
    }

    @Test("--store \"\" is an error; an empty WEEKBOARD_STORE is treated as unset")
    func emptyStorePath() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-xdg") }
        let r = try cli.run("focus", "set", "x", "--store", "")
        #expect(r.code == 2 && r.err.contains("--store is empty"), "\(r.err)")
        var unset = cli
        unset.env["WEEKBOARD_STORE"] = ""
        unset.env["XDG_DATA_HOME"] = cli.store.path + "-xdg"
        #expect(try unset.run("init").code == 0)
        #expect(try unset.run("focus", "set", "x").code == 0)
        #expect(FileManager.default.fileExists(atPath: cli.store.path + "-xdg/weekboard/store.json"))
    }

    @Test(
        "export --out --force replaces a regular file only: a FIFO or a symlink is an error naming it, left as it was")
    func forceOnlyRegularFiles() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-out") }
        #expect(try cli.run("init", "--demo").code == 0)
        let dir = cli.store.path + "-out"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fifo = dir + "/pipe.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        let target = dir + "/target.md"
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = dir + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        for (path, kind) in [(fifo, "named pipe (FIFO)"), (link, "symbolic link")] {
            for force in [true, false] {
                let r = try cli.run(["export", "weeknote", "--out", path] + (force ? ["--force"] : []))
                #expect(r.code == 1, "\(path): exit \(r.code)")
                #expect(r.err.contains("\(path): is a \(kind)"), "\(r.err)")
            }
        }
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        // A regular file is replaced with --force, as before.
        #expect(try cli.run("export", "weeknote", "--out", target, "--force").code == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Weeknote"))
    }

    @Test("a phone number or e-mail address in the service column is rejected by line number and never shown")
    func callerInServiceColumn() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs") }
        #expect(try cli.run("init").code == 0)
        let totals = try input(
            cli, "t.csv", "week,service,count\n2026-W48,07700 900123,5\n2026-W48,jo@example.org,3\n2026-W48,Repairs,4\n"
        )
        let contacts = try input(
            cli, "c.csv",
            "timestamp,service,caller\n2026-11-23 09:00,+44 7700 900999,07700 900123\n"
                + "2026-11-23 09:05,Repairs,07700 900124\n"
        )
        for file in [totals, contacts] {
            let before = cli.snapshotFiles()
            let r = try cli.run("calls", "import", file)
            #expect(r.code == 2)
            #expect(r.out.contains("line 2: service looks like a phone number or an e-mail address"), "\(r.out)")
            for secret in ["900123", "jo@example", "900999"] {
                #expect(!r.out.contains(secret) && !r.err.contains(secret), "\(secret) was shown: \(r.out)")
            }
            #expect(cli.snapshotFiles() == before)
        }
        let skipped = try cli.run("calls", "import", totals, "--skip-bad")
        #expect(skipped.code == 0)
        let listed = try cli.run("calls", "list").out
        #expect(listed.contains("Repairs") && !listed.contains("900123") && !listed.contains("example"))
    }

    @Test("US dates: a file with a date that can only be month-first stops and asks for --date-order, listing lines")
    func usDates() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs") }
        #expect(try cli.run("init").code == 0)
        let us = try input(cli, "us.csv", "date,service,count\n11/05/2026,Repairs,5\n11/23/2026,Repairs,7\n")
        let before = cli.snapshotFiles()
        let r = try cli.run("calls", "import", us)
        #expect(r.code == 2)
        #expect(
            r.err.contains("line 3 (11/23/2026) can only be month first") && r.err.contains("--date-order"), "\(r.err)")
        #expect(cli.snapshotFiles() == before)
        let mdy = try cli.run("calls", "import", us, "--date-order", "mdy")
        #expect(mdy.code == 0, "\(mdy.err)")
        #expect(
            mdy.out.contains("2026-W45") && mdy.out.contains("2026-W48"),
            "11 May is not week 45 / 23 Nov week 48: \(mdy.out)")
        // Mixed evidence is listed both ways; a UK-only file imports as before without the option.
        let mixed = try input(cli, "mixed.csv", "date,service,count\n11/23/2026,Repairs,5\n23/11/2026,Repairs,7\n")
        let m = try cli.run("calls", "import", mixed)
        #expect(m.code == 2 && m.err.contains("line 3 (23/11/2026) can only be day first"), "\(m.err)")
        let uk = try input(cli, "uk.csv", "date,service,count\n11/05/2026,Housing,5\n23/11/2026,Housing,7\n")
        let u = try cli.run("calls", "import", uk)
        #expect(u.code == 0 && u.out.contains("2026-W20"), "\(u.out) \(u.err)")
    }

    @Test("Phone and Email caller columns: each row uses the one filled in; two service columns are refused")
    func repeatedColumns() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp(); try? FileManager.default.removeItem(atPath: cli.store.path + "-inputs") }
        #expect(try cli.run("init").code == 0)
        let file = try input(
            cli, "two.csv",
            """
            Timestamp,Service,Phone,Email
            2026-11-23 09:00,Repairs,,a@example.org
            2026-11-23 09:05,Repairs,,a@example.org
            2026-11-23 09:10,Repairs,,a@example.org
            2026-11-23 09:15,Repairs,07700 900123,
            """)
        let r = try cli.run("calls", "import", file)
        #expect(r.code == 0, "\(r.out) \(r.err)")
        let status = try cli.statusJSON()
        let contacts = try #require((status["contacts"] as? [[String: Any]])?.first)
        let repeats = try #require(contacts["repeatCallers"] as? [String: Any])
        // Three e-mail contacts from one caller (not three withheld) and one phone caller.
        #expect(repeats["callers"] as? Int == 2)
        #expect(repeats["repeatCallers"] as? Int == 1)
        let twice = try input(cli, "dup.csv", "week,service,service,count\n2026-W48,Repairs,Housing,5\n")
        let d = try cli.run("calls", "import", twice)
        #expect(
            d.code == 2 && d.err.contains("columns 2 ('service') and 3 ('service') are both a service column"),
            "\(d.err)")
    }
}
