import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: export highlight")
struct HighlightCLITests {
    let temp = TempStore("hl")
    func demo() throws -> CLIRunner {
        let cli = CLIRunner()
        let r = try cli.run("init", "--demo")
        #expect(r.code == 0, "init --demo failed: \(r.err)")
        return cli
    }

    static func golden(_ ext: String, file: String = #filePath) throws -> String {
        let url = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WeekboardCoreTests/Golden/highlight-demo-2026-11-24.\(ext)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("prints each format as the golden file, and never writes to the store")
    func formats() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let before = cli.snapshotFiles()
        let md = try cli.run("export", "highlight")
        #expect(md.code == 0, "\(md.err)")
        #expect(md.out == (try Self.golden("md")))
        for ext in ["md", "html", "csv"] {
            let r = try cli.run("export", "highlight", "--format", ext)
            #expect(r.code == 0 && r.err.isEmpty, "\(r.err)")
            #expect(r.out == (try Self.golden(ext)), "\(ext) differs from its golden file")
        }
        #expect(cli.snapshotFiles() == before)
    }

    @Test("--programme, --since and --week choose what is reported")
    func choosing() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let one = try cli.run("export", "highlight", "--programme", "digital customer services")
        #expect(one.code == 0, "\(one.err)")
        #expect(one.out.contains("## Digital Customer Services\n"))
        #expect(!one.out.contains("## Technical Services 12 Point Plan"))

        let since = try cli.run("export", "highlight", "--since", "17/11/2026")
        #expect(since.out.contains("Period: 17 November 2026 to 24 November 2026  \n"))
        #expect(!since.out.contains("16 November 2026: Repairs IT replacement"))
        #expect(since.out.contains("- 18 November 2026: Resident satisfaction survey moved from Green to Blue"))

        // Last week as it stood on Sunday 22 November: Stores and van stock went red on the 23rd.
        let last = try cli.run("export", "highlight", "--week", "last", "--format", "csv")
        #expect(last.code == 0, "\(last.err)")
        let stores = try #require(last.out.split(separator: "\r\n").first { $0.contains(",Stores and van stock,") })
        #expect(stores.contains(",Stores and van stock,Amber,A,At risk,"))
        #expect(stores.contains(",2026-11-16,2026-11-22,2026-11-24,"))
        #expect(
            stores.hasSuffix(",\"Change the van stock supplier? Stay with the current supplier, with a weekly audit\""))
        let lastMd = try cli.run("export", "highlight", "--week", "2026-W47")
        #expect(lastMd.out.contains("Period: week 2026.47, 16 November 2026 to 22 November 2026  \n"))
    }

    @Test("bad input is a clear error on stderr, nothing on stdout, the store untouched")
    func errors() throws {
        var none = CLIRunner()
        none.createsStore = false
        defer { none.cleanUp() }
        let missing = try none.run("export", "highlight")
        #expect(missing.code == 1 || missing.code == 2)
        #expect(missing.err.contains("no store at"))

        let cli = try demo()
        defer { cli.cleanUp() }
        let before = cli.snapshotFiles()
        let cases: [([String], Int32, String)] = [
            (
                ["--programme", "Nope"], 2,
                "no programme called 'Nope' (programmes: 'Technical Services 12 Point Plan', "
                    + "'Digital Customer Services')"
            ),
            (["--since", "2026-12-01"], 2, "--since 2026-12-01 is after today (2026-11-24)"),
            (["--since", "soon"], 2, "--since 'soon' is not a date like 2026-11-10"),
            (["--week", "next"], 2, "week 2026-W49 has not started yet"),
            (["--week", "2026-W60"], 2, "invalid week"),
            (["--since", "2026-11-01", "--week", "last"], 64, "give --since or --week, not both"),
            (["--format", "pdf"], 64, "--format"),
        ]
        for (args, code, message) in cases {
            let r = try cli.run(["export", "highlight"] + args)
            #expect(r.code == code, "\(args): \(r.code) \(r.err)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(r.out.isEmpty)
        }
        let csvNote = try cli.run("export", "weeknote", "--format", "csv")
        #expect(csvNote.code == 2 && csvNote.err.contains("a weeknote is exported as md or html, not csv"))
        #expect(cli.snapshotFiles() == before)
    }

    @Test("--out writes the file once; --force replaces it")
    func toFile() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let dir = try temp.directory("hl")
        let file = dir.appendingPathComponent("board.html")
        let r = try cli.run("export", "highlight", "--format", "html", "--out", file.path)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "Highlight report for 10 November 2026 to 24 November 2026 written to \(file.path).\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == (try Self.golden("html")))
        let again = try cli.run("export", "highlight", "--format", "html", "--out", file.path)
        #expect(again.code == 1 && again.err.contains("already exists; use --force"))
        let forced = try cli.run("export", "highlight", "--format", "csv", "--out", file.path, "--force")
        #expect(forced.code == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == (try Self.golden("csv")))

        // Without --format, the file's extension says which.
        let csv = dir.appendingPathComponent("pack.CSV")
        #expect(try cli.run("export", "highlight", "--out", csv.path).code == 0)
        #expect(try String(contentsOf: csv, encoding: .utf8) == (try Self.golden("csv")))
        let note = dir.appendingPathComponent("weeknote.html")
        #expect(try cli.run("export", "weeknote", "--out", note.path).code == 0)
        let page = try cli.run("export", "weeknote", "--format", "html").out
        #expect(try String(contentsOf: note, encoding: .utf8) == page)
    }

    @Test("export weeknote --format html is one well-formed page with the weeknote's sections")
    func weeknoteHTML() throws {
        let cli = try demo()
        defer { cli.cleanUp() }
        let r = try cli.run("export", "weeknote", "--format", "html")
        #expect(r.code == 0, "\(r.err)")
        let check = try HTMLCheck.run(r.out)
        #expect(check.xmlError == nil && check.nestingErrors.isEmpty && check.sameElements)
        #expect(check.lang == "en-GB" && check.fetches.isEmpty && !check.elements.contains("script"))
        #expect(check.headings.first == "Weeknote 2026.48 — alex — w/c 23 November 2026")
        #expect(check.headings.contains("Programme board changes") && check.headings.contains("Contact centre"))
        #expect(check.text.contains("We met 1 of 3 goals."))
        // A chart per service in the contact-centre section, after its sentences.
        #expect(check.elements.filter { $0 == "svg" }.count == 4)
        #expect(check.text.contains("Repairs: contacts each week against normal"))
        #expect(check.text.contains("52 weeks, 2025.49 to 2026.48. This week 5,500, normal 3,750."))
        let section = try #require(r.out.range(of: "<h2>Contact centre</h2>"))
        #expect(r.out.range(of: "<svg")!.lowerBound > section.lowerBound)
    }
}
