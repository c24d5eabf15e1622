import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

@Suite("Fault: a writer killed mid-save leaves the old or the new file")
struct CrashDuringSaveTests {
    static let rounds = 200

    /// Starts the helper's save loop at counter `first` and returns once it is running.
    func startLoop(store: URL, first: Int) throws -> Process {
        let p = Process()
        p.executableURL = CLIRunner.executable(named: "weekboard-fault-helper")
        p.arguments = ["focus-loop", store.path, String(first)]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test("200 SIGKILLs at random moments: the week file always loads, never goes back, and leftovers are cleared")
    func killLoop() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let store = Store(root: cli.store)
        let weekFile = StoreFiles.personWeek("alex", FaultPlan.week)
        let folder = cli.store.appendingPathComponent("people/alex")
        var generator = SystemRandomNumberGenerator()

        var last = 0  // the counter on disk after the previous kill
        var advanced = 0  // rounds in which at least one save completed
        var roundsWithLeftovers = 0
        var checkedCLIWithLeftovers = false
        for round in 0..<Self.rounds {
            let p = try startLoop(store: cli.store, first: last + 1)
            // Wait until this round's first save has landed (or a short limit), then kill at a random moment,
            // so the kill falls anywhere in the save cycle: while writing the temp file, in fsync, around rename.
            let deadline = Date().addingTimeInterval(5)
            // These reads race the writer too: each must see a whole file.
            while Date() < deadline, p.isRunning {
                if try store.reading({ try $0.read(weekFile) }).focus.flatMap(FocusValue.counter) ?? 0 > last { break }
                usleep(500)
            }
            usleep(UInt32.random(in: 0...15_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(
                p.terminationReason == .uncaughtSignal,
                "round \(round): the loop stopped by itself (exit \(p.terminationStatus))")

            // A reader (as status and the dashboard read: a shared lock, and through the redo record of a
            // commit the kill cut short, which is committed once that record is durable) sees a whole file.
            let week = try store.reading { try $0.read(weekFile) }
            let value = try #require(
                week.focus.flatMap(FocusValue.counter), "round \(round): focus is not a value the loop wrote")
            #expect(value >= last, "round \(round): the store went back from v\(last) to v\(value)")
            if value > last { advanced += 1 }
            last = value

            let leftovers = StoreTree(folder).tempFiles
            if !leftovers.isEmpty {
                roundsWithLeftovers += 1
                // The real binary reads the store with a crashed writer's temp file beside it, and ignores it.
                if !checkedCLIWithLeftovers {
                    let json = try cli.statusJSON()
                    #expect((json["focus"] as? String).flatMap(FocusValue.counter) == value)
                    checkedCLIWithLeftovers = true
                }
            }
        }
        // The test proves something only if saves really ran and kills really landed mid-save.
        #expect(advanced >= Self.rounds / 2, "only \(advanced) of \(Self.rounds) rounds completed a save")
        #expect(roundsWithLeftovers > 0, "no kill landed between creating a temp file and renaming it")

        // The next write clears every leftover, and the value it wrote is the one read back.
        #expect(try cli.run("focus", "set", "After the storm").code == 0)
        #expect(
            StoreTree(cli.store).tempFiles.isEmpty,
            "temp files left after a clean write: \(StoreTree(cli.store).tempFiles)")
        #expect(try cli.statusJSON()["focus"] as? String == "After the storm")
        print(
            """
            crash-during-save: \(Self.rounds) kills, \(advanced) rounds saved, \(roundsWithLeftovers) left a \
            temp file, last counter v\(last)
            """
        )
    }
}
