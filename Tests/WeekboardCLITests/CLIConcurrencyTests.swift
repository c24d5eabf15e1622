import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: two processes writing at once lose nothing")
struct CLIConcurrencyTests {
    @Test("two writers adding notes to the same week keep every note")
    func concurrentNotes() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("init")
        let perWriter = 40
        // Each writer is a shell loop of separate processes, so the two really race.
        func writer(_ tag: String) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = [
                "-c",
                "for i in $(seq 1 \(perWriter)); do \"$0\" note add watch \"\(tag)-$i\" >/dev/null || exit 1; done",
                CLIRunner.binary.path,
            ]
            p.environment = cli.env
            try p.run()
            return p
        }
        let a = try writer("a"), b = try writer("b")
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let notes = (try cli.statusJSON()["notes"] as? [String: [String]])?["watch"] ?? []
        #expect(notes.count == 2 * perWriter)
        for tag in ["a", "b"] {
            let mine = notes.filter { $0.hasPrefix(tag + "-") }
            // Every note present, and each writer's notes in the order it wrote them.
            #expect(mine == (1...perWriter).map { "\(tag)-\($0)" })
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.store.path + "/people/alex").filter {
            $0.hasPrefix(".tmp-")
        }
        #expect(leftovers.isEmpty)
    }
}
