import Foundation
import Testing
import WeekboardTestSupport

/// A write's cost does not grow with the journal (issue 26): after a month of a gigabyte, a goal tick,
/// `log --limit 3`, `undo --list`, undo and redo read only the newest lines.
@Suite(
    "CLI: writes and recent history read only the journal's end",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "GNU time is not installed"))
struct JournalGrowthTests {
    /// Runs weekboard under GNU time; returns the result and the peak RSS in KiB.
    func measured(_ cli: CLIRunner, _ args: [String]) throws -> (code: Int32, out: String, err: String, kib: Int) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        p.arguments = ["-f", "maxrss=%M", CLIRunner.binary.path] + args
        p.environment = cli.env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let kib = e.split(separator: "\n").last { $0.hasPrefix("maxrss=") }.flatMap { Int($0.dropFirst(7)) } ?? -1
        return (p.terminationStatus, o, e, kib)
    }

    @Test("a 1 GiB month file in front of the newest entries: each command stays small")
    func gigabyteJournal() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Agree the contract").code == 0)
        #expect(try cli.run("goal", "set", "2", "Publish the plan").code == 0)
        // Ten more, so `undo --list` (ten entries) finds all it lists among the newest.
        for i in 1...10 { #expect(try cli.run("focus", "set", "Focus \(i)").code == 0) }
        let dir = cli.store.appendingPathComponent("journal")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix("l") })
        let journal = dir.appendingPathComponent(name)
        // A gigabyte of old history (a hole: no disk used), then the real entries.
        let entries = try Data(contentsOf: journal)
        let h = try FileHandle(forWritingTo: journal)
        try h.truncate(atOffset: 0)
        try h.truncate(atOffset: 1 << 30)
        try h.seekToEnd()
        try h.write(contentsOf: Data("\n".utf8) + entries)
        try h.close()
        for args in [
            ["goal", "done", "1"], ["log", "--limit", "3"], ["undo", "--list"], ["undo"], ["redo"],
            ["goal", "set", "3", "Hire"],
        ] {
            let r = try measured(cli, args)
            #expect(r.code == 0, "\(args): \(r.err)")
            #expect(r.kib > 0 && r.kib < 100 * 1024, "\(args): peak RSS \(r.kib) KiB reading a 1 GiB journal")
        }
        let log = try measured(cli, ["log", "--limit", "3"]).out
        #expect(log.contains("Goal 3 set") && log.contains("Redid: Goal 1 done") && log.contains("Undid"), "\(log)")
    }
}
