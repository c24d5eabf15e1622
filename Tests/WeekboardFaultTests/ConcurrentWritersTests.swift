import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

@Suite("Fault: several processes writing at once lose nothing")
struct ConcurrentWritersTests {
    static let tags = ["A", "B", "C"]
    static let perWriter = 500

    func changes(_ tag: String, _ kind: FaultPlan.Kind) -> [FaultPlan.Change] {
        (0..<Self.perWriter).map { FaultPlan.change(tag: tag, index: $0) }.filter { $0.kind == kind }
    }

    @Test("three writers × 500 changes to shared and separate files: every change present or superseded in order")
    func threeWriters() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        #expect(try cli.run("project", "add", FaultPlan.sharedProject, "--programme", "Shared").code == 0)

        let writers = try Self.tags.map { tag -> Process in
            let p = Process()
            p.executableURL = CLIRunner.executable(named: "weekboard-fault-helper")
            p.arguments = ["writer", cli.store.path, tag, String(Self.perWriter)]
            try p.run()
            return p
        }
        for p in writers { p.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationReason == .exit && $0.terminationStatus == 0 })

        let store = Store(root: cli.store)
        let shared = try store.read(StoreFiles.personWeek("alex", FaultPlan.week))
        let board = try store.read(StoreFiles.board)
        let sharedHistory = try #require(board.projects.first { $0.name == FaultPlan.sharedProject }).history

        // Appends to shared files: every writer's entries present, each writer's in the order it made them.
        let notes = shared.notes(.watch)
        let historyNotes = sharedHistory.compactMap(\.note)
        var total = (notes: 0, history: 0)
        for tag in Self.tags {
            let mine = { (s: String) in s.hasPrefix(tag + "-") }
            #expect(notes.filter(mine) == changes(tag, .note).map(\.text), "writer \(tag)'s notes")
            #expect(
                historyNotes.filter(mine) == changes(tag, .projectStatus).map(\.text), "writer \(tag)'s status updates")
            total.notes += changes(tag, .note).count
            total.history += changes(tag, .projectStatus).count
            // Projects added by each writer, in its order, each once.
            let added = board.projects.filter { $0.programme == "Programme \(tag)" }.map(\.name)
            #expect(added == changes(tag, .addProject).map(\.text), "writer \(tag)'s projects")
            // The writer's own goal file: its last change wins.
            let own = try store.read(StoreFiles.personWeek(tag, FaultPlan.week))
            #expect(own.goals[0]?.text == changes(tag, .ownGoal).last?.text)
            // Its own service: every week it recorded holds that recording.
            for c in changes(tag, .calls) {
                let count = try store.readContactYear(c.week.year).count(service: c.text, week: c.week.week)
                guard case let .contacts(.recordCalls(_, expected, _)) = c.action else { continue }
                #expect(count?.total == expected, "writer \(tag)'s calls for \(c.week.id)")
            }
        }
        #expect(notes.count == total.notes, "notes from nowhere: \(notes.count) vs \(total.notes)")
        #expect(sharedHistory.count == total.history + 1)
        #expect(board.projects.count == 1 + Self.tags.map { changes($0, .addProject).count }.reduce(0, +))
        // The shared focus was superseded in order: it is some writer's last focus, not an earlier one.
        let lastFocuses = Self.tags.compactMap { changes($0, .focus).last?.text }
        #expect(lastFocuses.contains(shared.focus ?? ""), "focus \(shared.focus ?? "nil") is not any writer's last")
        // No writer crashed mid-save, so none left a temp file.
        #expect(StoreTree(cli.store).tempFiles.isEmpty)
        // And the real binary agrees with the core about what is there.
        let json = try cli.statusJSON()
        #expect(json["focus"] as? String == shared.focus)
    }
}
