import Foundation
import Testing
import WeekboardTestSupport

/// `calls import -` stops reading standard input at the size limit (issue 26): an editor over SSH
/// streaming gigabytes cannot make the server hold them.
@Suite(
    "CLI: calls import - stops at the size limit",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "GNU time is not installed"))
struct CallsImportStdinLimitTests {
    @Test("1 GB on standard input: refused at 256 MiB, said so, peak memory near the limit, nothing written")
    func gigabyteOnStdin() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let before = cli.snapshotFiles()
        // A generator process writes 1 GiB of valid rows; GNU time reports the importer's peak RSS in KiB.
        let script = """
            (printf 'week,service,channel,count\\n'; yes '2026-W48,Repairs,phone,1' | head -c 1073741824) \
            | /usr/bin/time -f 'maxrss=%M' '\(CLIRunner.binary.path)' calls import -
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.environment = cli.env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "\(text)")
        #expect(text.contains("standard input is more than 256 MiB"), "\(text)")
        #expect(text.contains("reading stopped there") && text.contains("Nothing was imported"), "\(text)")
        let rss = text.split(separator: "\n").first { $0.hasPrefix("maxrss=") }.flatMap { Int($0.dropFirst(7)) }
        let kib = try #require(rss, "\(text)")
        // 256 MiB held at most, plus the program: far below the gigabyte it was sent.
        #expect(kib < 400 * 1024, "peak RSS \(kib) KiB")
        #expect(cli.snapshotFiles() == before)
    }
}

@Suite("CLI: calls import names the line of an unclosed quote")
struct CallsImportUnclosedQuoteTests {
    @Test("a quote never closed: the error names the line it opened on, not a field count; nothing imported")
    func unclosedQuote() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        var csv = "Timestamp,Service,Channel,Caller\n"
        csv += "2026-11-23 09:00,Repairs,phone,0161 496 0000\n"
        csv += "2026-11-23 09:01,\"Repairs,phone,0161 496 0001\n"
        for i in 0..<2000 { csv += "2026-11-23 10:00,Repairs,phone,0161 496 \(1000 + i)\n" }
        let file = cli.store.deletingLastPathComponent().appendingPathComponent(cli.store.lastPathComponent + ".csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let before = cli.snapshotFiles()
        let r = try cli.run("calls", "import", file.path)
        #expect(r.code == 2, "\(r.out) \(r.err)")
        #expect(r.err.contains("line 3: a quote opens a field here and is never closed"), "\(r.err)")
        #expect(cli.snapshotFiles() == before)
    }
}

@Suite("CLI: calls import refuses contacts dated far from today unless told")
struct CallsImportFarDateTests {
    @Test("9999-12-31 and 1901 are rejected rows naming the date; --any-date takes them")
    func farDates() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let csv =
            "Timestamp,Service,Channel,Caller\n2026-11-23 09:00,Repairs,phone,0161 496 0000\n"
            + "9999-12-31 09:00,Repairs,phone,0161 496 0001\n1901-01-02 09:00,Repairs,phone,0161 496 0002\n"
        let file = cli.store.deletingLastPathComponent().appendingPathComponent(cli.store.lastPathComponent + ".csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let before = cli.snapshotFiles()
        let refused = try cli.run("calls", "import", file.path)
        #expect(refused.code == 2, "\(refused.out) \(refused.err)")
        #expect(refused.out.contains("line 3: dated 9999-12-31, more than a week ahead"), "\(refused.out)")
        #expect(refused.out.contains("line 4: dated 1901-01-02, more than ten years back"), "\(refused.out)")
        #expect(cli.snapshotFiles() == before)
        let taken = try cli.run("calls", "import", file.path, "--any-date")
        #expect(taken.code == 0, "\(taken.out) \(taken.err)")
        #expect(taken.out.contains("Contacts to import: 3") || taken.out.contains("3"), "\(taken.out)")
    }
}
