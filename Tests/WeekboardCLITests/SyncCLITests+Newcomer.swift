import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    @Test("sync, sync init and sync resolve --help each show an example to copy")
    func helpExamples() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        for command in [["sync"], ["sync", "init"], ["sync", "resolve"]] {
            let help = try cli.run(command + ["--help"])
            #expect(help.code == 0)
            let examples = help.out.split(separator: "\n").filter { $0.hasPrefix("  weekboard ") }
            #expect(examples.contains { $0.contains(command.joined(separator: " ")) }, "\(command): \(help.out)")
        }
        let initHelp = try cli.run("sync", "init", "--help").out
        #expect(initHelp.contains("  weekboard --store ~/board sync init git@gitlab.example.org:housing/board.git"))
    }

    @Test("sync and sync status with no store here: one line, joining a team's store said first")
    func noStoreYet() throws {
        var cli = CLIRunner()
        cli.createsStore = false
        defer { cli.cleanUp() }
        for command in [["sync"], ["sync", "status"], ["sync", "status", "--json"]] {
            let r = try cli.run(["--store", cli.store.path] + command)
            #expect(r.code == 1 && r.out == "", "\(command)")
            #expect(
                r.err == "weekboard: error: no store at \(cli.store.path) yet: to join a team's store, run "
                    + "'weekboard --store \(cli.store.path) sync init URL'; to start one, "
                    + "'weekboard --store \(cli.store.path) init'\n", "\(r.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.store.path))
    }
}
